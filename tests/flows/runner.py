"""Run the pipeline in a child process: `python -m tests.flows.runner OUTPUT LOCK_WAIT INPUT...`."""

import sys

from flows.config import RunConfig
from flows.run.stages import run_pipeline
from flows.storage.store import LockedError

if __name__ == "__main__":
    output, lock_wait, *inputs = sys.argv[1:]
    try:
        m = run_pipeline(RunConfig(inputs=inputs, output=output, workers=2, batch_size=50), lock_wait=float(lock_wait))
    except LockedError as err:
        print(err, file=sys.stderr)
        sys.exit(1)
    print(m["run_id"])
