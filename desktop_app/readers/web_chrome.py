"""Web page chrome a browser saves with a news article: share, print, close and font-size
buttons, previous/next links, "related" and "all news" lists, in English, Chinese and Russian.

A line is dropped only when it is chrome for certain: buttons and labels alone, or a link's
headline, never a sentence. A line that merely starts like chrome is kept, and preflight
points at it when it stands before or after the body.
"""

from __future__ import annotations

import re

# Buttons and links that make up a whole line, alone or in a row ("Print | Close", "【打印】【关闭】").
_BUTTONS = (
    r"Share(?: this(?: article| story| page)?)?|Print(?: this(?: article| page))?"
    r"|Printer[- ]friendly(?: version)?"
    r"|Close(?: window)?|E-?mail(?: this)?|Tweet|Facebook|Twitter|LinkedIn|WhatsApp|Telegram|Reddit"
    r"|Comments?|Save|Bookmark|Top|Back to top|Back"
    r"|分享(?:到)?|打印(?:本页|此页|本文)?|关闭(?:窗口|本页)?|收藏(?:本文)?|推荐|返回(?:顶部|首页|列表)?"
    r"|微信|微博|新浪微博|QQ空间|QQ|豆瓣|纠错|评论"
    r"|Печать|Распечатать|Версия для печати|Закрыть(?: окно)?|Поделиться|Отправить(?: по почте)?"
    r"|ВКонтакте|ВК|Одноклассники|Telegram|Комментарии|Наверх|Назад"
)
_SEPARATORS = r"[\s|｜/·•\-–—【】\[\]()（）:：,，、>»«]*"
_BUTTON_ROW = re.compile(rf"^{_SEPARATORS}(?:(?:{_BUTTONS}){_SEPARATORS})+$", re.IGNORECASE)

# Font-size switches: "【Fonts: A+ A A- Print", "字体：大 中 小", "Шрифт: A+ A A-".
_FONT_SIZE = re.compile(
    r"^\s*【.*|.*\b(?:Fonts?|Font size|Text size)\s*[:：].*|.*字[体号]\s*[:：].*|.*Шрифт\s*[:：].*", re.I
)

# Labels followed by share targets or a linked headline: "Share: …", "Previous: …", "上一篇：…".
_LABELS = (
    r"Share(?: on| via| this)?|Previous(?: article| story| news| post)?|Prev"
    r"|Next(?: article| story| news| post)?"
    r"|分享到|分享|上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇"
    r"|Поделиться(?: в соцсетях)?|Предыдущая(?: новость| статья)?|Следующая(?: новость| статья)?"
)
_LABELLED = re.compile(rf"^\s*(?:{_LABELS})\s*[:：]\s*(?P<rest>.*)$", re.IGNORECASE)

# Headings of link lists at the foot of a page: the lines after them are headlines.
_LIST_HEADINGS = (
    r"Related(?: news| articles| stories| posts| links| content)?|More(?: news| stories)?"
    r"|All news|Latest news"
    r"|Most (?:read|popular)|Recommended|Back to (?:the )?news|See also|Read (?:more|also)"
    r"|相关(?:新闻|阅读|文章|链接|报道)|更多(?:新闻|阅读)?|推荐阅读|延伸阅读|热点新闻|最新新闻|返回列表"
    r"|Все новости|Следующие новости|Предыдущие новости|Другие новости|Похожие новости|Новости по теме"
    r"|Последние новости|Читайте также|Смотрите также|Вернуться к (?:списку )?новост(?:ям|ей)"
)
_LIST_HEADING = re.compile(rf"^\s*(?:{_LIST_HEADINGS})\s*[:：]?\s*$", re.IGNORECASE)
# The same words opening a longer line: possibly chrome, possibly the article's own sentence.
_CHROME_START = re.compile(
    rf"^\s*(?:(?:{_LIST_HEADINGS})(?![a-zа-яё])|(?:{_LABELS})\s*[:：]|(?:{_BUTTONS})\s*(?:[|｜:：]|$))",
    re.IGNORECASE,
)

# A sentence ends with a full stop, question or exclamation mark, perhaps inside quotes.
_SENTENCE_END = re.compile(r"[.!?。！？](?:[\"'”’»」』)）]*)\s*$")
# Longer than a button or a headline: a line this long is text, whatever it starts with.
MAX_HEADLINE_CHARS = 120


def is_sentence(line: str) -> bool:
    """Whether a line reads as a sentence rather than a button, label or headline."""
    return bool(_SENTENCE_END.search(line)) or len(line) > MAX_HEADLINE_CHARS


def is_chrome_line(line: str) -> bool:
    """Whether a line is page chrome for certain: buttons, a font-size switch, a list heading,
    or a share / previous / next label with its targets or headline (not a sentence)."""
    if is_sentence(line):
        return False
    if _BUTTON_ROW.match(line) or _FONT_SIZE.match(line) or _LIST_HEADING.match(line):
        return True
    return bool(_LABELLED.match(line))


def opens_link_list(line: str) -> bool:
    """A heading such as "Related news" or "Все новости": the headlines after it are links."""
    return bool(_LIST_HEADING.match(line))


def looks_like_chrome(line: str) -> bool:
    """Whether a line starts as chrome does ("Share: …", "Все новости …"), kept or not."""
    return is_chrome_line(line) or bool(_CHROME_START.match(line))


def without_chrome(lines: list[str]) -> list[str]:
    """``lines`` less the chrome: the certain lines anywhere, and the headlines listed under a
    "related" or "all news" heading, up to the first line that reads as a sentence."""
    kept: list[str] = []
    in_link_list = False
    for line in lines:
        if is_chrome_line(line):
            in_link_list = in_link_list or opens_link_list(line)
            continue
        if in_link_list and not is_sentence(line):
            continue
        in_link_list = False
        kept.append(line)
    return kept


def doubtful_chrome(paragraphs: list[str]) -> list[int]:
    """Indices of the paragraphs before or after the body that look like chrome but were kept,
    for the user to judge: the body runs from the first to the last paragraph that does not."""
    plain = [i for i, text in enumerate(paragraphs) if not looks_like_chrome(text)]
    if not plain:
        return list(range(len(paragraphs)))
    first, last = plain[0], plain[-1]
    return [i for i in range(len(paragraphs)) if i < first or i > last]
