"""Full-ranking evaluation and per-user metrics."""
