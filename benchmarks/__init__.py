"""FLORA Desktop's benchmarks: start-up, responsiveness and scale, each a runnable script."""
