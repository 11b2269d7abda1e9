"""Instance suffixes decoded and encoded per INDEX clause, exactly as net-snmp 5.9 prints and
reads them (snmplib/mib.c ``_get_realloc_symbol`` and ``_add_strings_to_oid``).

Printing, for each INDEX object in turn (until the OID runs out or an object does not fit):

* integers as numbers, or as the enumeration's label (``ipv4``); TimeTicks as numbers;
* strings with a length arc in double quotes (``."public"``), IMPLIED and fixed-length
  (single SIZE) strings without one in single quotes (``.'ab'``), every octet that is not
  printable ASCII as ``.``; an empty string is ``""``. An InetAddress whose preceding index
  is an InetAddressType prints as ``"10.0.0.1"`` (IPv6: ``"fe:80:...:01"``);
* OBJECT IDENTIFIER indexes as their numbers (with the length arc unless IMPLIED);
* IpAddress as four numbers, NetworkAddress as ``1.`` and four numbers;
* anything else, and whatever is left, as numbers.

Reading takes the same forms back (labels, quoted strings, numbers), so printed names round
trip whenever the strings are printable.
"""

from __future__ import annotations

from collections.abc import Sequence

from snmpscope.core.mib.mib_view import IndexPart

__all__ = ["IndexError_", "decode_index", "encode_index", "split_components"]


class IndexError_(ValueError):
    """An index component that does not fit its INDEX object (the message says which)."""


def _printable(arc: int) -> bool:
    return 0x20 <= arc <= 0x7E


def _quoted(arcs: Sequence[int], quote: str) -> str:
    if not arcs:
        return ""
    body = "".join(chr(a) if a <= 254 and _printable(a) else "." for a in arcs)
    return f"{quote}{body}{quote}"


def _inet(addr_type: int, arcs: Sequence[int]) -> str | None:
    if any(a > 255 for a in arcs):
        return None
    if addr_type in (1, 3) and len(arcs) == (4 if addr_type == 1 else 8):
        text = ".".join(str(a) for a in arcs[:4])
        if addr_type == 3:
            text += "%" + str(int.from_bytes(bytes(arcs[4:8]), "big"))
        return f'"{text}"'
    if addr_type in (2, 4) and len(arcs) == (16 if addr_type == 2 else 20):
        text = ":".join(f"{a:02x}" for a in arcs[:16])
        if addr_type == 4:
            text += "%" + str(int.from_bytes(bytes(arcs[16:20]), "big"))
        return f'"{text}"'
    return None


def decode_index(parts: Sequence[IndexPart], arcs: Sequence[int]) -> list[str]:
    """The printed pieces of an instance suffix (joined with ``.`` after the node's name)."""
    rest = list(arcs)
    out: list[str] = []
    previous: int | None = None
    for part in parts:
        if not rest:
            break
        kind = part.kind
        if kind == "string":
            if part.implied:
                out.append(_quoted(rest, "'"))
                rest = []
            elif part.fixed is not None:
                if part.fixed > len(rest):
                    break
                out.append(_quoted(rest[: part.fixed], "'"))
                rest = rest[part.fixed :]
            else:
                count = rest[0] + 1
                if count > len(rest):
                    break
                if count == 1:
                    out.append('""')
                else:
                    text = _inet(previous or 0, rest[1:count]) if part.inet else None
                    out.append(text if text is not None else _quoted(rest[1:count], '"'))
                rest = rest[count:]
            previous = None
        elif kind == "int":
            labels = dict(part.enums)
            out.append(labels.get(rest[0], str(rest[0])))
            previous = rest[0]
            rest = rest[1:]
        elif kind == "ticks":
            out.append(str(rest[0]))
            previous = rest[0]
            rest = rest[1:]
        elif kind == "oid":
            count = len(rest) if part.implied else rest[0] + 1
            if count > len(rest):
                break
            out.append(".".join(str(a) for a in rest[:count]))
            rest = rest[count:]
        elif kind == "ipaddr":
            if len(rest) < 4:
                break
            out.append(".".join(str(a) for a in rest[:4]))
            rest = rest[4:]
        elif kind == "netaddr":
            out.append(str(rest[0]))
            kind_arc, rest = rest[0], rest[1:]
            if kind_arc != 1 or len(rest) < 4:
                break
            out.append(".".join(str(a) for a in rest[:4]))
            rest = rest[4:]
        else:
            break
    out.extend(str(a) for a in rest)
    return out


def split_components(text: str) -> list[str]:
    """``a.b."c.d".'e'`` -> ``["a", "b", '"c.d"', "'e'"]``; a quoted part keeps its quotes,
    a backslash escapes its quote character inside it. Raises ValueError for an
    unterminated quote or text after a closing quote."""
    parts: list[str] = []
    i = 0
    while i <= len(text):
        if i < len(text) and text[i] in "\"'":
            quote = text[i]
            j = i + 1
            body = []
            while j < len(text) and text[j] != quote:
                if text[j] == "\\" and j + 1 < len(text):
                    j += 1
                body.append(text[j])
                j += 1
            if j >= len(text):
                raise ValueError(f"unterminated {quote} in {text!r}")
            parts.append(quote + "".join(body) + quote)
            j += 1
            if j < len(text) and text[j] != ".":
                raise ValueError(f"text after the closing {quote} in {text!r}")
            i = j + 1
            if j >= len(text):
                break
            continue
        j = text.find(".", i)
        if j < 0:
            parts.append(text[i:])
            break
        parts.append(text[i:j])
        i = j + 1
    return parts


def _number(text: str, what: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise IndexError_(f"{text!r} is not a number for {what}")
    return int(text)


def encode_index(parts: Sequence[IndexPart], components: list[str]) -> list[int]:
    """Arcs for the index components (consumed from ``components`` as net-snmp reads
    them); what is left in ``components`` afterwards is read as plain numbers or quoted
    strings by the caller."""
    arcs: list[int] = []
    for part in parts:
        if not components:
            break
        head = components[0]
        if part.kind in ("int", "ticks"):
            if head[:1] in "\"'":
                break  # a string where a number belongs: read as a plain string after all
            if head.isascii() and head.isdigit():
                value = int(head)
            else:
                labels = {label: value for value, label in part.enums}
                if head not in labels:
                    known = ", ".join(label for _v, label in part.enums[:8])
                    raise IndexError_(
                        f"{head!r} is not a value of {part.name}"
                        + (
                            f" (one of {known}{', ...' if len(part.enums) > 8 else ''})"
                            if known
                            else ""
                        )
                    )
                value = labels[head]
            components.pop(0)
            arcs.append(value)
        elif part.kind == "ipaddr":
            if len(components) < 4:
                raise IndexError_(f"{part.name} needs four numbers (an IpAddress)")
            for _ in range(4):
                octet = _number(components.pop(0), part.name)
                if octet > 255:
                    raise IndexError_(f"{octet} is not an IpAddress octet of {part.name}")
                arcs.append(octet)
        elif part.kind == "string":
            variable = not part.implied and part.fixed is None
            if head[:1] in "\"'":
                quote, body = head[0], head[1:-1]
                if variable and quote == "'":
                    raise IndexError_(f"'-quote is for fixed length strings ({part.name})")
                if not variable and quote == '"':
                    raise IndexError_(f'"-quote is for variable length strings ({part.name})')
                octets = list(body.encode("utf-8"))
                components.pop(0)
                if part.fixed is not None and len(octets) != part.fixed:
                    raise IndexError_(f"{part.name} is {part.fixed} octets long, not {len(octets)}")
                arcs.extend([len(octets), *octets] if variable else octets)
            else:
                count = part.fixed if part.fixed is not None else None
                if variable:
                    count = _number(components.pop(0), part.name)
                    arcs.append(count)
                elif part.implied:
                    count = len(components)
                assert count is not None
                for _ in range(count):
                    if not components:
                        raise IndexError_(f"{part.name} needs {count} octets")
                    octet = _number(components.pop(0), part.name)
                    if octet > 255:
                        raise IndexError_(f"{octet} is not an octet of {part.name}")
                    arcs.append(octet)
        elif part.kind == "netaddr":
            kind_arc = _number(components.pop(0), part.name)
            arcs.append(kind_arc)
            if kind_arc != 1:
                break
            for _ in range(4):
                if not components:
                    break
                arcs.append(_number(components.pop(0), part.name))
        else:
            break  # OIDs and the rest: plain numbers
    return arcs
