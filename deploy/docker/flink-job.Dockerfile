# The Flink job for the Flink Kubernetes Operator, in the operator's convention: the official Flink
# image of the job's Flink version with the job jar in /opt/flink/usrlib (spec.job.jarURI).
#   docker build -f deploy/docker/flink-job.Dockerfile -t shotcharts-flink-job:0.1.0-SNAPSHOT .
# It takes the jar from the shotcharts image (build that first, deploy/docker/Dockerfile).
ARG APP_IMAGE=shotcharts:0.1.0-SNAPSHOT
FROM ${APP_IMAGE} AS app

FROM flink:2.2.0-java17
COPY --from=app /src/flink-job/target/flink-job-0.1.0-SNAPSHOT-job.jar /opt/flink/usrlib/shotcharts-flink-job.jar
