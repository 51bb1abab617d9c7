"""``python -m cryptonews_parse``: the same as the ``cryptonews-parse`` command."""

from cryptonews_parse.cli import main

raise SystemExit(main())
