"""`python -m msgparse`: the same command as `msgparse`."""
from .cli import main

if __name__ == "__main__":
    main(prog_name="msgparse")
