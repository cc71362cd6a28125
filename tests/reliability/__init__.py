"""The reliability suite: faults, bad input, secrets and crash safety, with a generated report."""
