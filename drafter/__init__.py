"""drafter: template-driven drafting of Chinese official meeting speeches (领导讲话稿).

The library is the product; the CLI (`drafter.cli`) is a thin client.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
