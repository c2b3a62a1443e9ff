"""Redact JSON Lines files on a Spark cluster with the `redact` command-line filter.

    spark-submit --files redact,KEY redact_spark.py --key KEY INPUT OUTPUT

INPUT   what sc.textFile reads: a file, a folder, a glob ('in/*.jsonl') or a comma-separated list
        of them, on any file system Spark reaches (file:, hdfs:, s3a:, ...).
OUTPUT  a folder that must not exist yet; it gets one part-NNNNN file per input split and, once
        every split is done, _SUCCESS.
--key KEY         the key file, as given to --files (only its file name is used on the executors).
--binary NAME     the file name of the shipped redact binary (default: redact).
--field PATH      a JSON field to redact, as redact's --field (repeatable; default: text).
--min-partitions N   at least N input splits (sc.textFile's minPartitions).

Each input split is one `redact --format jsonl --scope document` process on an executor; its
lines go in on stdin and come back, one for one and in order, on stdout. With --scope document
every line's output depends only on that line and the key, so it does not matter which
executor gets which line: the lines are byte-identical to one `redact` run over all the input.
See README.md beside this file for why each step below is done as it is.
"""

import argparse
import os
import stat
import subprocess
import tempfile
import threading

from pyspark import SparkConf, SparkContext, SparkFiles, TaskContext


def parse_args():
    parser = argparse.ArgumentParser(description="Redact JSON Lines files with redact on Spark.")
    parser.add_argument("input", help="file, folder, glob or comma-separated list for sc.textFile")
    parser.add_argument("output", help="output folder (must not exist)")
    parser.add_argument("--key", required=True, help="key file shipped with --files")
    parser.add_argument("--binary", default="redact", help="redact binary shipped with --files")
    parser.add_argument("--field", action="append", help="JSON field to redact (repeatable)")
    parser.add_argument("--min-partitions", type=int, default=None, help="at least N splits")
    return parser.parse_args()


def redact_partitions(binary_name, key_name, fields):
    """Returns the function that mapPartitions runs on the executors, once per split.

    It is what PySpark's RDD.pipe does, plus the three things RDD.pipe cannot do (README.md,
    "Why not rdd.pipe"): it finds the shipped files on the executor, not the driver; it makes
    the key private before redact reads it; and it does that before the process starts.
    """

    def run(records):
        # SparkFiles.get here, on the executor: each executor has its own copy of the shipped
        # files (its working folder on a cluster). The driver's SparkFiles.get names the
        # driver's copy, a folder that does not exist on the other machines.
        binary = SparkFiles.get(binary_name)
        key = SparkFiles.get(key_name)

        # Spark makes every shipped file executable (chmod a+x); still check, in case a
        # cluster manager localizes files differently.
        if not os.access(binary, os.X_OK):
            os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR)

        # ... and so the key arrives with mode 755, which redact refuses (exit 78: "readable or
        # writable by others"). This copy is the executor's own: make it private.
        if stat.S_IMODE(os.stat(key).st_mode) & 0o077:
            os.chmod(key, 0o600)

        # One detection thread per core the task was given (spark.task.cpus, default 1):
        # redact's default is every core of the machine, which the executor's other tasks use.
        # The output does not depend on --jobs.
        jobs = TaskContext.get().cpus() if TaskContext.get() else 1

        command = [binary, "--format", "jsonl"]
        for field in fields:
            command += ["--field", field]
        command += ["--scope", "document", "--key-file", key, "--jobs", str(jobs)]

        with tempfile.TemporaryFile() as messages:
            # A list, no shell: paths are passed as they are. env={}: redact needs no
            # environment (no PATH, no LANG), so it gets none, as with rdd.pipe.
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                       stderr=messages, env={})
            failure = []

            def feed():
                # Each record is one input line without its "\n" (possibly ending in "\r",
                # see main); every record gets "\n", also the last line of a file that had none.
                try:
                    for record in records:
                        process.stdin.write(record.encode("utf-8") + b"\n")
                except BrokenPipeError:
                    pass  # redact stopped early: its exit code says why (checked below)
                except BaseException as error:  # reading the input failed: re-raised below
                    failure.append(error)
                finally:
                    try:
                        process.stdin.close()  # always, or redact would wait for more input
                    except BrokenPipeError:
                        pass

            feeder = threading.Thread(target=feed, daemon=True)
            feeder.start()
            try:
                for line in process.stdout:  # split at "\n" only, so a "\r" stays in the line
                    yield line[:-1].decode("utf-8") if line.endswith(b"\n") else line.decode("utf-8")
                code = process.wait()
            finally:
                if process.poll() is None:  # the consumer stopped early or an error came up
                    process.kill()
                    process.wait()
            feeder.join()
            if failure:
                raise failure[0]
            # The exit code is always checked (rdd.pipe's checkCode=True): redact stops at a
            # broken line and writes nothing of it or after it, so without this check the
            # split would be saved silently shortened. Raising fails the task, Spark retries it
            # (spark.task.maxFailures) and then fails the job; no _SUCCESS is written.
            if code != 0:
                messages.seek(0)
                text = messages.read().decode("utf-8", "replace").strip()
                raise RuntimeError("redact exited with code %d on split %d: %s"
                                   % (code, TaskContext.get().partitionId(), text[-2000:]))

    return run


def main():
    args = parse_args()
    conf = SparkConf().setIfMissing("spark.app.name", "redact-jsonl")
    # Records end at "\n" only. By default Hadoop's line reader also ends them at "\r" and
    # "\r\n" and drops those bytes: CRLF files would come back with "\n" only, and a "\r"
    # between JSON tokens (valid JSON whitespace) would cut a record in two. With "\n" as the
    # delimiter the "\r" stays in the record and reaches redact as in a single run.
    conf.set("spark.hadoop.textinputformat.record.delimiter", "\n")
    sc = SparkContext(conf=conf)

    lines = sc.textFile(args.input, minPartitions=args.min_partitions)
    redacted = lines.mapPartitions(
        redact_partitions(os.path.basename(args.binary), os.path.basename(args.key), args.field or ["text"]))
    # One part file per input split, in split order, each line in input order: nothing is
    # shuffled or sorted (the lines are independent under --scope document).
    redacted.saveAsTextFile(args.output)
    sc.stop()


if __name__ == "__main__":
    main()
