"""Qt-free exports: the full private export and the summary document model."""
