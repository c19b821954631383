"""The layout's stylesheet, parsed once per distinct text and shared by every render that has it.

A layout's CSS is the same for every article of one language, layout and style, yet WeasyPrint
parses a ``<style>`` element anew for each render: for the seed that is about a tenth of the
render, and in a batch or while editing it is the same few kilobytes each time. The layouts'
only ``<style>`` is therefore taken out of the HTML and handed to WeasyPrint as a stylesheet
parsed once. Handed in that way it counts as a user stylesheet rather than an author one; the
document then has no author styles at all, and user styles outrank the user agent's exactly
as author styles would, so the cascade gives the same pages.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.resources import allowed_roots, templates_dir

# The layouts' one <style> element, in the head (base.html, edition.html). Everything the
# article brings is escaped, so no other "<style>" can come before it.
_STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)

# Distinct stylesheets kept parsed: a layout, language and style each make one, and a
# session or a batch moves between a handful.
_KEPT = 16


def split_stylesheet(html_text: str) -> tuple[str, str | None]:
    """``html_text`` without its layout ``<style>`` element, and that element's CSS.

    A document without one (none of ours) comes back whole, with ``None``.
    """
    head_end = html_text.find("</head>")
    found = _STYLE_ELEMENT.search(html_text, 0, head_end if head_end >= 0 else len(html_text))
    if found is None:
        return html_text, None
    return html_text[: found.start()] + html_text[found.end() :], found.group(1)


@dataclass(frozen=True)
class ParsedStylesheet:
    """A parsed stylesheet and what parsing it declared beside its rules."""

    css: object  # weasyprint.CSS: its matcher and page rules are only read while rendering
    color_profiles: dict
    counter_style: dict

    def render_arguments(self) -> dict[str, object]:
        """Keyword arguments for ``HTML.render``; each render gets its own copies of the
        dictionaries, since WeasyPrint adds to them (the user agent's counters, sRGB)."""
        return {
            "stylesheets": [self.css],
            "color_profiles": dict(self.color_profiles),
            "counter_style": copy.copy(self.counter_style),
        }


@lru_cache(maxsize=_KEPT)
def parsed_stylesheet(css_text: str, font_config: object) -> ParsedStylesheet:
    """``css_text`` parsed for renders with ``font_config``, from the cache when it was parsed before.

    Its URLs (colour profiles) are resolved against the templates and fetched only from our
    own resources, whatever the article's folder.
    """
    from weasyprint import CSS
    from weasyprint.css.counters import CounterStyle

    from desktop_app.render.fetcher import SandboxedFetcher

    color_profiles: dict = {}
    counter_style = CounterStyle()
    css = CSS(
        string=css_text,
        base_url=f"{templates_dir().as_uri()}/",
        url_fetcher=SandboxedFetcher(allowed_roots(), None),
        font_config=font_config,
        color_profiles=color_profiles,
        counter_style=counter_style,
    )
    return ParsedStylesheet(css, color_profiles, counter_style)


def forget_stylesheets() -> None:
    """Drop every parsed stylesheet: they hold the font configuration they were parsed with."""
    parsed_stylesheet.cache_clear()
