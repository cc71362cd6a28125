"""One module per REST resource, each a thin class over ``FloraClient``."""
