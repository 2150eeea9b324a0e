"""Training: the trainer, batch sampling and the teacher cache."""
