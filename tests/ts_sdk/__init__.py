"""FLORA's official TypeScript SDK run against the sandbox (needs Node.js)."""
