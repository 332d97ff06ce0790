"""The character encoding of an HTML page given as bytes, and its text.

The order is the one browsers follow (WHATWG "encoding sniffing", simplified): a byte-order mark,
then the HTTP ``Content-Type`` charset if the caller has one, then a ``<meta charset>`` or
``<meta http-equiv="Content-Type">`` in the first 4 KB, then UTF-8 when the bytes are valid UTF-8,
and windows-1252 (what browsers use for unlabelled Western pages) otherwise. Labels browsers treat
as windows-1252 (``iso-8859-1``, ``latin1``, ``ascii``) are read as windows-1252 too. Undecodable
bytes become U+FFFD: a page is never refused for its encoding.

>>> decode_html('<meta charset="iso-8859-1"><p>Caf\\xe9</p>'.encode("latin-1"))
('<meta charset="iso-8859-1"><p>Café</p>', 'cp1252')
>>> decode_html(b"\\xef\\xbb\\xbf<p>Caf\\xc3\\xa9</p>")
('<p>Café</p>', 'utf-8')
"""

from __future__ import annotations

import codecs

import regex

__all__ = ["decode_html", "decode_text", "charset_from_content_type", "bom_codec"]

#: How far into the page a ``<meta>`` charset declaration is looked for (browsers: 1024 bytes;
#: pages with long comments or scripts before it are common enough to look further).
PRESCAN_BYTES = 4096

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: The marks a text file may open with, longest first: UTF-32's little-endian mark opens with
#: UTF-16's. Browsers know no UTF-32 (an HTML page is read by ``_BOMS``), but a text file or JSON
#: lines written by a Windows tool may be in any of these: PowerShell 5's ``>`` writes UTF-16 with
#: its mark.
_TEXT_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    *_BOMS,
)
#: Labels that browsers decode as another encoding (a superset of the labelled one).
_BROWSER_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "iso-8859-9": "cp1254",
    "tis-620": "cp874", "iso-8859-11": "cp874", "gb2312": "gb18030", "gbk": "gb18030",
    "x-gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949", "shift_jis": "cp932",
    "x-sjis": "cp932", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
}  # fmt: skip
# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">: the
# charset= after "<meta", within the tag ([^<>] keeps each try inside one tag: linear).
_META_CHARSET = regex.compile(rb"<meta[^<>]{0,500}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", regex.IGNORECASE)
_CONTENT_TYPE_CHARSET = regex.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{1,40})", regex.IGNORECASE)


def _codec(label: str | bytes | None) -> str | None:
    """The Python codec for an encoding label, or None for an unknown one."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    label = label.strip().lower()
    label = _BROWSER_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page cannot declare UTF-16 in ASCII bytes and mean it (browsers read it as UTF-8).
    return "utf-8" if name.startswith("utf-16") else name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The codec named by an HTTP ``Content-Type`` value, if any.

    >>> charset_from_content_type("text/html; charset=ISO-8859-1")
    'cp1252'
    """
    if not content_type:
        return None
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return _codec(match.group(1)) if match else None


def bom_codec(data: bytes, marks: tuple[tuple[bytes, str], ...] = _TEXT_BOMS) -> tuple[str, int] | None:
    """The codec that a byte-order mark at the start of a text file's *data* names, and the mark's
    length in bytes; None without one. A mark says how the file was written whatever the user or a
    label says (as browsers let it win over a page's declared charset). *marks*: the marks known
    (an HTML page knows the browsers' ones, ``_BOMS``).

    >>> bom_codec("Café".encode("utf-16")), bom_codec("Café".encode("utf-8-sig")), bom_codec(b"Cafe")
    (('utf-16-le', 2), ('utf-8', 3), None)
    """
    for bom, name in marks:
        if data.startswith(bom):
            return name, len(bom)
    return None


def decode_text(data: bytes, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The bytes of a text file (or a JSON line) as text in *encoding*, unless they open with a
    byte-order mark: then in the encoding the mark names (UTF-8, UTF-16 or UTF-32), the mark
    dropped.

    >>> decode_text("Café".encode("utf-16")), decode_text("Café".encode("utf-8")), decode_text("Café".encode("cp1252"), "cp1252")
    ('Café', 'Café', 'Café')
    """
    found = bom_codec(data)
    if found is not None:
        encoding, size = found
        data = data[size:]
    return data.decode(encoding, errors=errors)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode the bytes of a page: ``(text, codec used)``; see the module docstring for the order."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_html takes bytes, not {type(data).__name__}")
    data = bytes(data)
    found = bom_codec(data, _BOMS)
    if found is not None:
        name, size = found
        return data[size:].decode(name, "replace"), name
    declared = charset_from_content_type(content_type)
    if declared is None:
        match = _META_CHARSET.search(data, 0, PRESCAN_BYTES)
        declared = _codec(match.group(1)) if match else None
    if declared is not None:
        return data.decode(declared, "replace"), declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace"), "cp1252"
