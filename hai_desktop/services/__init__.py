"""Use cases: each takes the signed-in workspace, checks permission, writes through store."""
