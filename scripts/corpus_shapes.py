# ruff: noqa: E501  (article text and page markup read best unbroken)
"""The shapes of the news sites the corpus pages are saved from, and the chrome each language's
sites put around an article (navigation, share bars, "read also", comments, cookie banners)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from html import escape

from corpus_articles import CorpusArticle


@dataclass(frozen=True)
class Shape:
    # Whether the page says its language (<html lang>) and its keywords (meta or JSON-LD).
    declares_language: bool
    declares_keywords: bool


SHAPES = {
    "broadcaster": Shape(True, True),  # JSON-LD, Open Graph, byline and <time>; lead photo in the header
    "broadsheet": Shape(True, True),  # meta tags only, rel=author, standfirst, captions with credit spans
    "portal": Shape(False, True),  # <title>Headline_Site</title>, a 发布时间/来源/作者 line, no lang
    "ru-agency": Shape(True, True),  # Open Graph, a written date, "Автор:", "read also" inside the body
    "wordpress": Shape(True, True),  # JSON-LD @graph, entry-content, share and related-posts plug-ins
    "legacy": Shape(False, False),  # an old CMS: table layout, no h1, <br> between paragraphs, bold subheads
    "script-built": Shape(
        True, True
    ),  # a site built by scripts: <div> paragraphs, lazy images, inline promos
}

_RU_MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
_ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def written_date(language: str, day: date) -> str:
    if language in ("zh", "ja"):
        return f"{day.year}年{day.month}月{day.day}日"
    if language == "ko":
        return f"{day.year}년 {day.month}월 {day.day}일"
    if language == "ru":
        return f"{day.day} {_RU_MONTHS[day.month - 1]} {day.year}"
    if language == "fr":
        return f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
    if language == "de":
        return f"{day.day}. {_DE_MONTHS[day.month - 1]} {day.year}"
    if language == "es":
        return f"{day.day} de {_ES_MONTHS[day.month - 1]} de {day.year}"
    if language == "ar":
        return day.isoformat()
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"


def _labels(**values) -> dict:
    return values


LABELS = {
    "en": _labels(
        tag="en-GB",
        domain="northernherald.example",
        nav=["Home", "News", "Sport", "Weather", "Culture"],
        crumbs=["Home", "News", "UK"],
        by="By",
        share=["Share", "Facebook", "Twitter", "Email", "Print"],
        read_also="Read also",
        related=["Council votes on new budget", "Ten things to do this weekend"],
        comments="Comments",
        comment_texts=["Great reporting, thanks for this.", "I was there, it was awful."],
        cookie="We use cookies to give you the best experience. Accept all cookies",
        newsletter="Subscribe to our newsletter",
        footer="All rights reserved.",
        most_read="Most read",
        previous="Previous article",
        next="Next article",
        advert="Advertisement",
        chrome=[
            "Share",
            "Read also",
            "cookies",
            "Comments",
            "All rights reserved",
            "Subscribe",
            "Most read",
            "Advertisement",
            "Previous article",
        ],
    ),
    "zh": _labels(
        tag="zh-CN",
        domain="xinwen.example.cn",
        nav=["首页", "新闻", "财经", "体育", "文化"],
        crumbs=["首页", "新闻", "正文"],
        by="作者",
        share=["分享到", "微信", "微博", "QQ空间"],
        read_also="相关新闻",
        related=["全省春耕生产有序推进", "多地举办读书节活动"],
        comments="网友评论",
        comment_texts=["这个展会很有意思！", "明年一定去看看。"],
        cookie="本网站使用Cookie以改善您的体验。同意",
        newsletter="订阅新闻简报",
        footer="版权所有 不得转载",
        most_read="热点新闻",
        previous="上一篇",
        next="下一篇",
        advert="广告",
        chrome=["分享到", "相关新闻", "网友评论", "版权所有", "上一篇", "热点新闻", "字号"],
        date_label="发布时间",
        source_label="来源",
        author_label="作者",
    ),
    "ru": _labels(
        tag="ru",
        domain="novosti.example.ru",
        nav=["Главная", "Новости", "Экономика", "Спорт", "Культура"],
        crumbs=["Главная", "Новости", "Общество"],
        by="Автор:",
        share=["Поделиться", "ВКонтакте", "Telegram"],
        read_also="Читайте также",
        related=["В регионе открылась новая больница", "Синоптики обещают тёплую неделю"],
        comments="Комментарии",
        comment_texts=["Отличная новость!", "Давно пора было это сделать."],
        cookie="Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
        newsletter="Подпишитесь на рассылку",
        footer="Все права защищены.",
        most_read="Самое читаемое",
        previous="Предыдущая новость",
        next="Следующая новость",
        advert="Реклама",
        chrome=[
            "Поделиться",
            "Читайте также",
            "cookie",
            "Комментарии",
            "Все права защищены",
            "Подпишитесь",
            "Версия для печати",
            "Реклама",
        ],
    ),
    "fr": _labels(
        tag="fr-FR",
        domain="petitrhodanien.example.fr",
        nav=["Accueil", "Actualité", "Sport", "Culture"],
        crumbs=["Accueil", "Actualité", "Lyon"],
        by="Par",
        share=["Partager", "Facebook", "Twitter"],
        read_also="À lire aussi",
        related=["Le marché de Noël revient", "Travaux sur la ligne B"],
        comments="Commentaires",
        comment_texts=["Enfin !", "Très bonne nouvelle pour les cyclistes."],
        cookie="Nous utilisons des cookies pour améliorer votre expérience. Accepter",
        newsletter="Inscrivez-vous à la newsletter",
        footer="Tous droits réservés.",
        most_read="Les plus lus",
        previous="Article précédent",
        next="Article suivant",
        advert="Publicité",
        chrome=[
            "Partager",
            "À lire aussi",
            "cookies",
            "Commentaires",
            "Tous droits réservés",
            "newsletter",
            "Publicité",
        ],
    ),
    "de": _labels(
        tag="de-DE",
        domain="stadtanzeiger.example.de",
        nav=["Startseite", "Lokales", "Sport", "Kultur"],
        crumbs=["Startseite", "Lokales", "Verkehr"],
        by="Von",
        share=["Teilen", "Facebook", "WhatsApp"],
        read_also="Lesen Sie auch",
        related=["Neue Radwege geplant", "Wochenmarkt zieht um"],
        comments="Kommentare",
        comment_texts=["Sehr gut!", "Hat lange genug gedauert."],
        cookie="Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Alle akzeptieren",
        newsletter="Newsletter abonnieren",
        footer="Alle Rechte vorbehalten.",
        most_read="Meistgelesen",
        previous="Vorheriger Artikel",
        next="Nächster Artikel",
        advert="Anzeige",
        chrome=[
            "Teilen",
            "Lesen Sie auch",
            "Cookies",
            "Kommentare",
            "Alle Rechte vorbehalten",
            "Newsletter",
            "Anzeige",
        ],
    ),
    "es": _labels(
        tag="es-ES",
        domain="diariodelturia.example.es",
        nav=["Portada", "Noticias", "Deportes", "Cultura"],
        crumbs=["Portada", "Noticias", "Valencia"],
        by="Por",
        share=["Compartir", "Facebook", "Twitter"],
        read_also="Lee también",
        related=["Nuevo horario del metro", "Fallas: el programa completo"],
        comments="Comentarios",
        comment_texts=["¡Qué buena noticia!", "Ya era hora."],
        cookie="Utilizamos cookies para mejorar su experiencia. Aceptar",
        newsletter="Suscríbase al boletín",
        footer="Todos los derechos reservados.",
        most_read="Lo más leído",
        previous="Noticia anterior",
        next="Noticia siguiente",
        advert="Publicidad",
        chrome=[
            "Compartir",
            "Lee también",
            "cookies",
            "Comentarios",
            "Todos los derechos reservados",
            "Suscríbase",
            "Publicidad",
        ],
    ),
    "ja": _labels(
        tag="ja",
        domain="toto-shimbun.example.jp",
        nav=["トップ", "ニュース", "スポーツ", "文化"],
        crumbs=["トップ", "ニュース", "社会"],
        by="記者",
        share=["シェア", "X", "LINE"],
        read_also="関連記事",
        related=["都内で初夏日", "週末の天気"],
        comments="コメント",
        comment_texts=["きれいですね。", "週末に行きます。"],
        cookie="当サイトはクッキーを使用しています。同意する",
        newsletter="メールマガジン登録",
        footer="無断転載を禁じます。",
        most_read="アクセスランキング",
        previous="前の記事",
        next="次の記事",
        advert="広告",
        chrome=["シェア", "関連記事", "クッキー", "コメント", "無断転載", "メールマガジン", "ランキング"],
        date_label="掲載日",
        source_label="出典",
        author_label="記者",
    ),
    "ar": _labels(
        tag="ar",
        domain="almadina.example.com",
        nav=["الرئيسية", "أخبار", "رياضة", "ثقافة"],
        crumbs=["الرئيسية", "أخبار", "محليات"],
        by="بقلم",
        share=["شارك", "فيسبوك", "تويتر"],
        read_also="اقرأ أيضا",
        related=["افتتاح حديقة جديدة", "مهرجان الكتاب يعود"],
        comments="التعليقات",
        comment_texts=["خبر رائع", "شكرا على التغطية"],
        cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق",
        newsletter="اشترك في النشرة البريدية",
        footer="جميع الحقوق محفوظة",
        most_read="الأكثر قراءة",
        previous="المقال السابق",
        next="المقال التالي",
        advert="إعلان",
        chrome=["شارك", "اقرأ أيضا", "التعليقات", "جميع الحقوق محفوظة", "النشرة البريدية", "الأكثر قراءة"],
    ),
    "ko": _labels(
        tag="ko",
        domain="busan-ilbo.example.kr",
        nav=["홈", "뉴스", "스포츠", "문화"],
        crumbs=["홈", "뉴스", "사회"],
        by="기자",
        share=["공유하기", "카카오톡", "페이스북"],
        read_also="관련 기사",
        related=["부산 지하철 연장", "주말 날씨"],
        comments="댓글",
        comment_texts=["멋져요!", "내년에도 가고 싶어요."],
        cookie="이 사이트는 쿠키를 사용합니다. 동의",
        newsletter="뉴스레터 구독",
        footer="무단 전재 및 재배포 금지",
        most_read="많이 본 뉴스",
        previous="이전 기사",
        next="다음 기사",
        advert="광고",
        chrome=["공유하기", "관련 기사", "댓글", "무단 전재", "뉴스레터", "많이 본 뉴스"],
        date_label="입력",
        source_label="출처",
        author_label="기자",
    ),
}


def page_html(article: CorpusArticle, photos: list[str]) -> str:
    """The whole saved page of ``article`` in its site's shape; ``photos`` are the images' addresses."""
    return _SHAPERS[article.shape](article, LABELS[article.language], photos)


def _e(text: str) -> str:
    return escape(text, quote=True)


def _figure(photos: list[str], article: CorpusArticle, number: int, credit_tag: str = "span") -> str:
    if number >= len(article.photos):
        return ""
    caption, credit = article.photos[number]
    return (
        f'<figure class="{"lead-media" if number == 0 else "inline-media"}">'
        f'<picture><source srcset="https://cdn.example/{number}-large.webp 2x" type="image/webp">'
        f'<img src="{_e(photos[number])}" alt="{_e(caption)}" width="640" height="427" loading="lazy"></picture>'
        f'<figcaption><span class="caption-text">{_e(caption)}</span> '
        f'<{credit_tag} class="credit">{_e(credit)}</{credit_tag}></figcaption></figure>'
    )


def _body(article: CorpusArticle, photos: list[str], ad: str, inside: str = "") -> str:
    """The article's body as the site sets it: paragraphs, subheading, photo, quote, list, table;
    ``inside`` (a "read also" box, an ad) goes after the second paragraph, as many sites put it."""
    parts = [f"<p>{_e(p)}</p>" for p in article.paragraphs[:2]]
    parts.append(inside)
    parts.append(f'<div class="ad-slot" id="div-gpt-ad-1"><span>{_e(ad)}</span></div>')
    parts.append(f"<h2>{_e(article.subheading)}</h2>")
    parts.append(_figure(photos, article, 1))
    parts.append(f"<blockquote><p>{_e(article.quote)}</p></blockquote>")
    if article.items:
        parts.append("<ul>" + "".join(f"<li>{_e(i)}</li>" for i in article.items) + "</ul>")
    if article.table:
        head, *rows = article.table
        parts.append(
            "<table><thead><tr>" + "".join(f"<th>{_e(c)}</th>" for c in head) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
            + "</tbody></table>"
        )  # fmt: skip
    parts += [f"<p>{_e(p)}</p>" for p in article.paragraphs[2:]]
    return "\n".join(p for p in parts if p)


def _nav(labels: dict) -> str:
    items = "".join(f'<li><a href="/{i}">{_e(n)}</a></li>' for i, n in enumerate(labels["nav"]))
    return f'<nav class="site-nav" aria-label="main"><ul>{items}</ul></nav>'


def _crumbs(labels: dict) -> str:
    items = " &gt; ".join(f'<a href="/{i}">{_e(n)}</a>' for i, n in enumerate(labels["crumbs"]))
    return f'<div class="breadcrumbs">{items}</div>'


def _share(labels: dict) -> str:
    buttons = "".join(f'<a class="share-btn" href="#">{_e(s)}</a>' for s in labels["share"])
    return f'<div class="share-tools">{buttons}</div>'


def _related(labels: dict) -> str:
    items = "".join(f'<li><a href="/r{i}">{_e(t)}</a></li>' for i, t in enumerate(labels["related"]))
    return f'<aside class="related-links"><h3>{_e(labels["read_also"])}</h3><ul>{items}</ul></aside>'


def _comments(labels: dict) -> str:
    items = "".join(
        f'<li class="comment"><span class="comment-author">user{i}</span><p>{_e(t)}</p></li>'
        for i, t in enumerate(labels["comment_texts"])
    )
    return (
        f'<section id="comments" class="comments"><h3>{_e(labels["comments"])}</h3><ol>{items}</ol>'
        f'<form action="/comment" method="post"><textarea name="c"></textarea><button>OK</button></form></section>'
    )


def _cookie(labels: dict) -> str:
    return f'<div id="cookie-consent" class="cookie-banner"><p>{_e(labels["cookie"])}</p><button>OK</button></div>'


def _footer(labels: dict, site: str) -> str:
    return (
        f'<footer class="site-footer"><form class="newsletter"><label>{_e(labels["newsletter"])}</label>'
        f'<input type="email"></form><p>© 2024 {_e(site)}. {_e(labels["footer"])}</p></footer>'
        '<script>document.write("<img src=https://tracker.example/p.gif>")</script>'
    )


def _most_read(labels: dict) -> str:
    items = "".join(
        f'<li><a href="/m{i}">{_e(t)}</a></li>' for i, t in enumerate(reversed(labels["related"]))
    )
    return f'<div class="sidebar most-read"><h3>{_e(labels["most_read"])}</h3><ol>{items}</ol></div>'


def _prev_next(labels: dict) -> str:
    return (
        f'<div class="prev-next"><a href="/p">{_e(labels["previous"])}: {_e(labels["related"][0])}</a> '
        f'<a href="/n">{_e(labels["next"])}: {_e(labels["related"][1])}</a></div>'
    )


def _head(article: CorpusArticle, labels: dict, title: str, extra: str) -> str:
    lang = f' lang="{labels["tag"]}"' if SHAPES[article.shape].declares_language else ""
    return (
        f'<!DOCTYPE html>\n<html{lang}><head><meta charset="{{charset}}">\n<title>{_e(title)}</title>\n'
        '<meta name="viewport" content="width=device-width">\n'
        f'<link rel="stylesheet" href="https://static.{labels["domain"]}/main.css">\n'
        '<script src="https://static.example/analytics.js"></script>\n'
        f"{extra}</head>\n"
    )


def _broadcaster(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
        "datePublished": f"{article.date}T08:30:00+00:00", "dateModified": f"{article.date}T11:00:00+00:00",
        "author": [{"@type": "Person", "name": n.strip()} for n in article.author.split(",")],
        "publisher": {"@type": "Organization", "name": article.source}, "inLanguage": labels["tag"],
    }  # fmt: skip
    extra = (
        f'<meta property="og:title" content="{_e(article.title)} - {_e(article.source)}">\n'
        f'<meta property="og:site_name" content="{_e(article.source)}">\n'
        f'<meta property="og:description" content="{_e(article.paragraphs[0][:80])}…">\n'
        f'<meta name="keywords" content="{_e(", ".join(article.keywords))}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    day = date.fromisoformat(article.date)
    return (
        _head(article, labels, f"{article.title} - {article.source}", extra)
        + f"<body>{_cookie(labels)}<header class='masthead'><a class='logo' href='/'>{_e(article.source)}</a>"
        f"{_nav(labels)}</header>{_crumbs(labels)}<main id='main-content'>"
        f"<div class='story-header'><h1 id='main-heading'>{_e(article.title)}</h1>"
        f"<p class='story-standfirst'>{_e(article.standfirst)}</p>"
        f"<div class='byline-block'><span class='byline-name'>{_e(labels['by'])} {_e(article.author)}</span> "
        f"<time datetime='{article.date}T08:30:00Z'>{written_date(article.language, day)}</time></div>"
        f"{_figure(photos, article, 0)}</div>{_share(labels)}"
        f"<article class='story-body'>{_body(article, photos, labels['advert'], _related(labels))}</article>"
        f"{_share(labels)}{_prev_next(labels)}{_comments(labels)}</main>{_most_read(labels)}"
        f"{_footer(labels, article.source)}</body></html>\n"
    )


def _broadsheet(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    extra = (
        f'<meta property="og:title" content="{_e(article.title)} | {_e(article.source)}">\n'
        f'<meta property="og:site_name" content="{_e(article.source)}">\n'
        f'<meta property="article:published_time" content="{article.date}T06:00:00Z">\n'
        f'<meta property="article:author" content="https://{labels["domain"]}/profile/1">\n'
        f'<meta name="keywords" content="{_e(",".join(article.keywords))}">\n'
    )
    names = article.author.split(", ")
    authors = " &amp; ".join(f'<a rel="author" href="/profile/{i}">{_e(n)}</a>' for i, n in enumerate(names))
    day = date.fromisoformat(article.date)
    return (
        _head(article, labels, f"{article.title} | {article.source}", extra)
        + f"<body><div id='top-ad' class='advert'>{_e(labels['advert'])}</div>{_nav(labels)}{_cookie(labels)}"
        f"<div class='content'><div class='content__head'><h1 class='headline'>{_e(article.title)}</h1>"
        f"<div class='standfirst'><p>{_e(article.standfirst)}</p></div>"
        f"{_figure(photos, article, 0)}<p class='byline'>{_e(labels['by'])} {authors}</p>"
        f"<p class='content__dateline'>{written_date(article.language, day)}</p>{_share(labels)}</div>"
        f"<div class='content__article-body'>{_body(article, photos, labels['advert'])}</div>"
        f"{_related(labels)}</div>{_most_read(labels)}{_footer(labels, article.source)}</body></html>\n"
    )


def _portal(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    extra = (
        f'<meta name="keywords" content="{_e(",".join(article.keywords))}">\n'
        f'<meta name="description" content="{_e(article.paragraphs[0][:60])}">\n'
    )
    day = date.fromisoformat(article.date)
    date_label = labels.get("date_label", "")
    info = (
        f"{_e(date_label)}：{written_date(article.language, day)} "
        f"{_e(labels.get('source_label', ''))}：{_e(article.source)} "
        f"{_e(labels.get('author_label', ''))}：{_e(article.author)}"
    )
    font = (
        "<div class='font-size'>字号：<a>大</a> <a>中</a> <a>小</a> <a>打印</a></div>"
        if article.language == "zh"
        else ""
    )
    return (
        _head(article, labels, f"{article.title}_{article.source}", extra)
        + f"<body><div class='topbar'>{_nav(labels)}</div><div class='banner advert'><img "
        f"src='https://ads.example/banner.gif' width='960' height='90'></div><div class='main w1000'>"
        f"<div class='position'>{_crumbs(labels)}</div><div class='article'><h1>{_e(article.title)}</h1>"
        f"<div class='info'>{info}</div>{font}<p class='summary'>{_e(article.standfirst)}</p>"
        f"{_figure(photos, article, 0, 'em')}"
        f"<div id='detail' class='detail'>{_body(article, photos, labels['advert'])}</div>"
        f"<div class='share'>{_share(labels)}</div>{_prev_next(labels)}{_related(labels)}</div>"
        f"{_comments(labels)}</div>{_most_read(labels)}{_footer(labels, article.source)}</body></html>\n"
    )


def _ru_agency(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    extra = (
        f'<meta property="og:title" content="{_e(article.title)}">\n'
        f'<meta property="og:site_name" content="{_e(article.source)}">\n'
        f'<meta name="keywords" content="{_e(", ".join(article.keywords))}">\n'
    )
    day = date.fromisoformat(article.date)
    also = (
        f"<div class='article__block article__block-also'><div class='article__title'>{_e(labels['read_also'])}"
        f"</div><ul>" + "".join(f"<li><a href='/a{i}'>{_e(t)}</a></li>" for i, t in enumerate(labels["related"]))
        + "</ul></div>"
    )  # fmt: skip
    return (
        _head(article, labels, f"{article.title} - {article.source}", extra)
        + f"<body>{_cookie(labels)}<header>{_nav(labels)}</header>{_crumbs(labels)}"
        f"<div class='layout-article'><div class='article__header'>"
        f"<div class='article__info-date'><a href='/d'>{written_date(article.language, day)}, 10:15</a></div>"
        f"<h1 class='article__title'>{_e(article.title)}</h1>"
        f"<div class='article__second-title'>{_e(article.standfirst)}</div></div>"
        f"{_figure(photos, article, 0)}"
        f"<div class='article__body'>{_body(article, photos, labels['advert'], also)}</div>"
        f"<div class='article__author'>{_e(labels['by'])} {_e(article.author)}</div>"
        f"<div class='article__tools'>{_share(labels)}<a class='print'>Версия для печати</a></div>"
        f"{_comments(labels)}</div>{_most_read(labels)}{_footer(labels, article.source)}</body></html>\n"
    )


def _wordpress(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    url = f"https://{labels['domain']}/{article.date.replace('-', '/')}/{article.id}/"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url, "name": f"{article.title} – {article.source}"},
            {"@type": "Article", "headline": article.title, "datePublished": f"{article.date}T07:12:00+00:00",
             "author": {"@type": "Person", "name": article.author}, "keywords": list(article.keywords),
             "publisher": {"@type": "Organization", "name": article.source}},
            {"@type": "Person", "name": article.author},
        ],
    }  # fmt: skip
    extra = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n'
    day = date.fromisoformat(article.date)
    related = (
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3 class='jp-relatedposts-headline'>"
        f"{_e(labels['read_also'])}</h3>"
        + "".join(f"<div class='jp-relatedposts-post'><a href='/x{i}'>{_e(t)}</a></div>" for i, t in enumerate(labels["related"]))
        + "</div>"
    )  # fmt: skip
    return (
        _head(article, labels, f"{article.title} – {article.source}", extra)
        + f"<body class='post-template-default single'>{_cookie(labels)}<header id='masthead' class='site-header'>"
        f"<p class='site-title'><a href='/'>{_e(article.source)}</a></p>{_nav(labels)}</header>"
        f"<div id='content' class='site-content'><div id='primary'><main id='main'>"
        f"<article class='post type-post status-publish'><header class='entry-header'>"
        f"<h1 class='entry-title'>{_e(article.title)}</h1><div class='entry-meta'>"
        f"<span class='posted-on'><time class='entry-date published' datetime='{article.date}T07:12:00+00:00'>"
        f"{written_date(article.language, day)}</time></span> <span class='byline'>{_e(labels['by'])} "
        f"<span class='author vcard'><a class='url fn n' href='/author/1'>{_e(article.author)}</a></span></span>"
        f"</div><p class='entry-summary excerpt'>{_e(article.standfirst)}</p></header>"
        f"<div class='post-thumbnail'>{_figure(photos, article, 0)}</div>"
        f"<div class='entry-content'>{_body(article, photos, labels['advert'])}"
        f"<div class='sharedaddy sd-sharing-enabled'><h3 class='sd-title'>{_e(labels['share'][0])}:</h3>"
        f"{_share(labels)}</div>{related}</div></article>{_prev_next(labels)}{_comments(labels)}</main></div>"
        f"<aside id='secondary' class='widget-area'>{_most_read(labels)}</aside></div>"
        f"{_footer(labels, article.source)}</body></html>\n"
    )


def _legacy(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    zh = article.language == "zh"
    info = (
        f"发布时间：{article.date} 来源：{_e(article.source)} 作者：{_e(article.author)} 【字号：大 中 小】【打印】【关闭】"
        if zh
        else f"Дата: {date.fromisoformat(article.date).strftime('%d.%m.%Y')} Автор: {_e(article.author)} "
        f"[Версия для печати] [Закрыть]"
    )
    indent = "\u3000\u3000" if zh else "&nbsp;&nbsp;&nbsp;"
    caption, credit = article.photos[0]
    paragraphs = [f"{indent}{_e(p)}" for p in article.paragraphs]
    body = (
        f'<p align="center"><img src="{_e(photos[0])}" border="0"></p>'
        f'<p align="center"><font color="#333333">{_e(caption)}{"" if zh else " "}{_e(credit)}</font></p>'
        + "<br><br>".join(paragraphs[:2])
        + f"<br><br><p><strong>{_e(article.subheading)}</strong></p>"
        + f"<blockquote>{_e(article.quote)}</blockquote>"
        + "<br><br>".join(paragraphs[2:])
    )
    site_title = f"{article.title}-{article.source}门户网站" if zh else f"{article.title} :: {article.source}"
    nav = " | ".join(f"<a href='/{i}'>{_e(n)}</a>" for i, n in enumerate(labels["nav"]))
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={{charset}}">\n'
        f"<title>{_e(site_title)}</title>\n<script language='javascript' src='/js/common.js'></script>\n"
        f"</head>\n<body topmargin=0><table width='1000' align='center' border='0'><tr><td>"
        f"<img src='images/logo.gif' width='300' height='80'></td><td>{nav}</td></tr>"
        f"<tr><td colspan=2 class='bread'>{' &gt;&gt; '.join(_e(c) for c in labels['crumbs'])}</td></tr>"
        f"<tr><td colspan=2 align='center' class='title'><font size='5'><b>{_e(article.title)}</b></font></td></tr>"
        f"<tr><td colspan=2 align='center' class='info'>{info}</td></tr>"
        f"<tr><td colspan=2 class='content' id='zoom'>{body}</td></tr>"
        f"<tr><td colspan=2>{_e(labels['previous'])}：<a href='/p'>{_e(labels['related'][0])}</a><br>"
        f"{_e(labels['next'])}：<a href='/n'>{_e(labels['related'][1])}</a></td></tr>"
        f"<tr><td colspan=2 align='center' class='footer'>{_e(labels['footer'])} © 2021 {_e(article.source)}"
        f"</td></tr></table></body></html>\n"
    )


def _script_built(article: CorpusArticle, labels: dict, photos: list[str]) -> str:
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.title,
        "datePublished": f"{article.date}T04:00:00.000Z",
        "author": [{"@type": "Person", "name": article.author, "url": "https://example.com/a/1"}],
        "publisher": {"@type": "NewsMediaOrganization", "name": article.source},
        "keywords": ",".join(article.keywords),
    }  # fmt: skip
    extra = (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'<meta property="og:title" content="{_e(article.title)}">\n'
        '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"id":42}}}</script>\n'
    )
    placeholder = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    def image(number: int, kind: str) -> str:
        caption, credit = article.photos[number]
        return (
            f"<div class='{kind}'><img src='{placeholder}' data-src='{_e(photos[number])}' alt='{_e(caption)}'>"
            f"<div class='ImageCaption_caption__x1'>{_e(caption)} "
            f"<span class='ImageCaption_credit__x2'>{_e(credit)}</span></div></div>"
        )

    para = [f"<div class='Paragraph_root__p'>{_e(p)}</div>" for p in article.paragraphs]
    also = (
        f"<div class='Paragraph_root__p'><strong>{_e(labels['read_also'])}:</strong> "
        f"<a href='/r'>{_e(labels['related'][0])}</a></div>"
    )
    promo = f"<div class='Promo_newsletter'>{_e(labels['newsletter'])} <form><input></form></div>"
    day = date.fromisoformat(article.date)
    return (
        _head(article, labels, f"{article.title} | {article.source}", extra)
        + f"<body><div id='__next'>{_cookie(labels)}<header>{_nav(labels)}</header><main>"
        f"<div class='ArticleHeader_root'><span class='Kicker'>Business</span>"
        f"<h1 class='Headline_h'>{_e(article.title)}</h1><div class='Dek_dek'>{_e(article.standfirst)}</div>"
        f"<div class='Byline_root'>{_e(labels['by'])} <a href='/a/1'>{_e(article.author)}</a> · "
        f"<span class='Byline_date'>{written_date(article.language, day)}</span></div></div>"
        f"{image(0, 'LeadImage_root')}{_share(labels)}<div class='ArticleBody_body'>"
        f"{''.join(para[:2])}{also}{promo}<h2 class='Subhead'>{_e(article.subheading)}</h2>"
        f"{image(1, 'InlineImage_root')}<blockquote class='PullQuote'>{_e(article.quote)}</blockquote>"
        f"{''.join(para[2:])}</div>{_related(labels)}</main>{_footer(labels, article.source)}</div>"
        f"<script src='/_next/static/chunks/main.js'></script></body></html>\n"
    )


_SHAPERS = {
    "broadcaster": _broadcaster,
    "broadsheet": _broadsheet,
    "portal": _portal,
    "ru-agency": _ru_agency,
    "wordpress": _wordpress,
    "legacy": _legacy,
    "script-built": _script_built,
}
