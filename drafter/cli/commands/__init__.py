"""The typer declarations of drafter's commands: name, help and options, one module per command.

Each command's body is the typer-free function in drafter/cli/<name>.py; the declaration
here is the single definition of its options, read by typer and by the fast path's spec.
"""
