"""Entity registry and linker: stage 5 of the pipeline.

``link(text)`` turns a text into :class:`~cryptonews_parse.model.EntityMention` items with
canonical ids (``asset:BTC``, ``venue:htx``, ``pair:BTC-USDT``, ``metric:open_interest`` …);
:func:`default_registry` is the read-only registry shipped as package data.
"""

from cryptonews_parse.entities.linker import link
from cryptonews_parse.entities.registry import (
    BareTicker,
    Entry,
    Registry,
    UnknownTickers,
    default_registry,
)

__all__ = ["BareTicker", "Entry", "Registry", "UnknownTickers", "default_registry", "link"]
