"""One regex alternation over many literal words, factored as a character trie.

Python's ``re`` tries the branches of an alternation one by one at every position, so a
flat list of hundreds of words is slow; a trie shares prefixes ("a(?:bout|bove|round)")
and fails after one character on most positions. The scanner and the entity linker use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping

_Node = Mapping[str, "_Node"]


def trie_alternation(
    words: Iterable[str],
    atom: Callable[[str], str] = re.escape,
    after_first: Callable[[str], str] | None = None,
) -> str:
    """A regex that matches exactly ``words``, longest alternative first.

    Args:
        words: the literal words.
        atom: the pattern for one character (``re.escape`` unless a caller widens it).
        after_first: the pattern to put after each first character, given that
            character's pattern (look-behinds on what stands before a word, say): a regex
            that opens with the trie and in which each first character is a literal lets
            ``re`` skip in C to the next character that may begin a word.

    Returns:
        The pattern, or one that never matches when ``words`` is empty.

    >>> trie_alternation(["about", "above", "a"])
    'a(?:bo(?:ut|ve)|)'
    >>> trie_alternation(["ab", "b"], after_first=lambda first: f"(?<!x{first})")
    '(?:a(?<!xa)b|b(?<!xb))'
    """
    root: dict[str, dict[str, object]] = {}
    for word in words:
        node: dict[str, dict[str, object]] = root
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}
    if not root:
        return "(?!)"
    return _render(root, atom, after_first)  # type: ignore[arg-type]


def _render(
    node: _Node, atom: Callable[[str], str], after: Callable[[str], str] | None = None
) -> str:
    branches = [
        atom(char) + ("" if after is None else after(atom(char))) + _render(node[char], atom)
        for char in sorted(c for c in node if c)
    ]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def after_boundaries(
    pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` for a pattern that consumes the
    one character before what it finds, in place of a look-behind (``[^\\w]`` for
    ``(?<!\\w)``): a pattern that opens with a character set lets ``re`` skip in C to the
    next such character, where one that opens with a look-behind is tried at every
    position (about a fifth of a trie's cost over a text of words). The matches are of
    ``" " + text``, the space standing before the first character: a match's ``start()``
    is the offset in ``text`` of what it found, and its ends are one past their offsets in
    ``text``. Each search resumes at the last character of the previous match, which may
    be the character before the next one, as the look-behind would have seen it.

    >>> [(m.start(), m.end() - 1) for m in after_boundaries(re.compile(r"[^\\w]ab"), "ab ab")]
    [(0, 2), (3, 5)]
    """
    padded = " " + text
    stop = len(padded) if end is None else end + 1
    match = pattern.search(padded, start, stop)
    while match is not None:
        yield match
        match = pattern.search(padded, match.end() - 1, stop)


def folds_like_ascii(text: str) -> bool:
    """True when a case-blind regex may instead search ``text.lower()`` case-sensitively:
    every non-ASCII character is uncased ("—", "•"), so lowering keeps every offset and no
    Unicode case folding ("ſ" as "s", the Kelvin sign as "k") can apply. Case-blind
    matching costs about twice as much, and the scanner, linker and cue finder each make
    one pass over the whole text. The linker and the cue finder ask about the same text
    one after the other, so the last answer is kept."""
    if text.isascii():
        return True
    last_text, last_answer = _LAST_FOLDS[0]
    if text is last_text:
        return last_answer
    # The non-ASCII characters, found in C: every byte of their UTF-8 forms is >= 0x80, so
    # deleting the ASCII bytes leaves exactly them (surrogatepass: any str encodes).
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    answer = all(c.lower() == c == c.upper() for c in set(rest.decode("utf-8", "surrogatepass")))
    _LAST_FOLDS[0] = (text, answer)  # one tuple: a concurrent reader sees both or neither
    return answer


_LAST_FOLDS: list[tuple[str, bool]] = [("", True)]
_ASCII_BYTES = bytes(range(128))


def fold_case(word: str) -> str:
    """``word`` lower-cased as a case-blind regex matched it, to look it up in a table of
    lower-case words. A case-blind pattern also matches letters whose lower case is not
    that ASCII letter ("MİLLİON", "mıllıon", the long "ſ"), so those are folded to the letter they
    matched (their compatibility decomposition, marks dropped).

    >>> fold_case("MİLLİON"), fold_case("bıllıon"), fold_case("ſeven"), fold_case("Wiped Out")
    ('million', 'billion', 'seven', 'wiped out')
    """
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", word)
    return (
        "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(_DOTLESS)
    )


_DOTLESS = str.maketrans({"\u0131": "i"})
"""The dotless "ı", which a case-blind "i" matches and which has no decomposition."""
