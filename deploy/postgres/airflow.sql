-- Run once by the postgres image on an empty data directory: Airflow's metadata database beside
-- the Iceberg catalog's (POSTGRES_DB=iceberg), owned by the same login.
CREATE DATABASE airflow OWNER shotcharts;
