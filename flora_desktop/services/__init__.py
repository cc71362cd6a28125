"""App logic in plain asyncio, no Qt: credentials, settings, drafts, paths, logging and more."""
