"""Command line: `python cli.py extract data/raw --out data/out`; installed, the same as `defnews`.

The commands live in `pipeline/cli.py`; this file is the entry point of a checkout.
"""

from pipeline.cli import main

if __name__ == "__main__":
    main()
