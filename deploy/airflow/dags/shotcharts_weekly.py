"""The weekly shotcharts run for users who orchestrate with Airflow (compose profile `airflow`).

One task per step of `shotcharts weekly` (scrape -> wait for the Flink job -> merge -> export),
each a container of the stack's own image on the stack's network, so a failed merge is retried
without scraping again. Never run it beside the compose `scheduler` service (profile `cron`): both
would scrape and merge the same lake at once; COMPOSE_PROFILES in .env picks one.
"""
import os
from datetime import datetime, timedelta

from airflow.providers.docker.operators.docker import DockerOperator
from airflow.sdk import DAG, chain
from docker.types import Mount

# The stack's name (compose's SHOTCHARTS_STACK) names its network and its volumes.
STACK = os.environ.get("SHOTCHARTS_STACK", "shotcharts")

ENV = {
    "KAFKA_BOOTSTRAP_SERVERS": "kafka:9092",
    "SHOTCHARTS_BUCKET": os.environ.get("SHOTCHARTS_BUCKET", "nba-shot-charts"),
    "SHOTCHARTS_S3_ENDPOINT": "http://s3:9000",
    "SHOTCHARTS_SPARK_MASTER": "spark://spark-master:7077",
    "SHOTCHARTS_CATALOG_URI": "jdbc:postgresql://postgres:5432/iceberg",
    "SHOTCHARTS_CATALOG_USER": "shotcharts",
    "SHOTCHARTS_SPARK_EVENT_LOG_DIR": "file:/spark-events",
    "SHOTCHARTS_SOURCE": os.environ.get("SHOTCHARTS_SOURCE", "https://www.basketball-reference.com"),
    "AWS_REGION": "us-east-1",
}

# The secrets, from the Airflow workers' environment (compose gives them the stack's .env), passed
# on explicitly and never rendered or logged (DockerOperator's private_environment).
SECRETS = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SHOTCHARTS_CATALOG_PASSWORD")

# Each step: its arguments to `shotcharts weekly`, its retries and its execution timeout.
STEPS = [
    ("scrape", 2, timedelta(hours=2)),
    ("wait", 1, timedelta(minutes=45)),
    ("merge", 2, timedelta(hours=1)),
    ("export", 2, timedelta(minutes=30)),
]


def step(name, retries, timeout):
    return DockerOperator(
        task_id=name,
        image="shotcharts:0.1.0-SNAPSHOT",
        # The run's date, so a retried or backfilled run scrapes and merges the same days.
        command=["weekly", "--step", name, "--until", "{{ ds }}"],
        environment=ENV,
        private_environment={name: os.environ.get(name, "") for name in SECRETS},
        network_mode=STACK,
        mounts=[
            Mount(source=f"{STACK}-spark-events", target="/spark-events", type="volume"),
            Mount(source=f"{STACK}-scraper-cache", target="/src/.shotcharts", type="volume"),
        ],
        # Airflow runs in a container itself: no host temporary directory to mount.
        mount_tmp_dir=False,
        auto_remove="success",
        retries=retries,
        retry_delay=timedelta(minutes=5),
        execution_timeout=timeout,
    )


with DAG(
    dag_id="shotcharts_weekly",
    schedule="5 4 * * 0",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    tags=["shotcharts"],
) as dag:
    chain(*[step(*s) for s in STEPS])
