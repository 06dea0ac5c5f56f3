"""The weekly shotcharts run for users who orchestrate with Airflow (compose profile `airflow`).

Runs the same CLI image as the scheduler service, one step per task, so a failed merge can be
retried without scraping again.
"""
from datetime import datetime, timedelta

# Airflow 3: DAGs are written against the Task SDK (airflow.sdk); operators stay in providers.
from airflow.providers.docker.operators.docker import DockerOperator
from airflow.sdk import DAG

ENV = {
    "KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
    "SHOTCHARTS_S3_ENDPOINT": "http://minio:9000",
    "SHOTCHARTS_SPARK_MASTER": "spark://spark-master:7077",
    "SHOTCHARTS_CATALOG_URI": "jdbc:postgresql://postgres:5432/iceberg",
    "SHOTCHARTS_SPARK_EVENT_LOG_DIR": "file:/spark-events",
    "AWS_REGION": "us-east-1",
    # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY come from the Airflow connection or environment.
}


def step(task_id, *args):
    return DockerOperator(
        task_id=task_id,
        image="shotcharts-cli:0.1.0-SNAPSHOT",
        command=list(args),
        environment=ENV,
        network_mode="shotcharts_default",
        auto_remove="success",
        # The run ends by itself (bounded waits, docs/reliability.md); this bounds the task too.
        execution_timeout=timedelta(hours=3),
    )


with DAG(
    dag_id="shotcharts_weekly",
    schedule="5 4 * * 0",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    tags=["shotcharts"],
) as dag:
    # weekly = scrape the last 7 days, wait for the Flink job, merge, export
    step("weekly", "weekly")
