"""Review checks: the public names and promises of issues 2 and 3, held against the code."""
