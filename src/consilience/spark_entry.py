"""The file to hand to ``spark-submit`` (it runs a file, not a module, so this one imports
the package absolutely):

    spark-submit --master spark://head:7077 "$(python -c 'import consilience.spark_entry as m; print(m.__file__)')" INPUT... --out DIR

Arguments as ``consilience spark`` (without ``--master``, which is spark-submit's)."""

from consilience.spark_job import main

if __name__ == "__main__":
    raise SystemExit(main())
