"""Hostile saved pages: everything they point at is on a listener at 127.0.0.1, which must hear
nothing while the page is opened and exported; the PDF holds the article and none of the chrome."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.readers import read_document
from tests.conftest import assert_in_order, pdf_text
from tests.corpus_reading import CORPUS, expected

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def listener():
    """A TCP listener on 127.0.0.1 that counts every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    heard: list[str] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            heard.append(connection.recv(200).decode("latin-1"))
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], heard
    stop.set()
    thread.join()
    server.close()


def hostile_page(folder: Path, port: int) -> Path:
    url = f"http://127.0.0.1:{port}"
    path = folder / "hostile.html"
    path.write_text(
        f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<base href="{url}/base/"><meta http-equiv="refresh" content="0; url={url}/refresh">
<link rel="stylesheet" href="{url}/style.css"><link rel="preload" href="{url}/preload.js" as="script">
<style>@import url({url}/import.css); @font-face {{font-family: X; src: url({url}/font.woff2)}}
body {{ background: url({url}/background.png); font-family: X }}</style>
<script src="{url}/script.js"></script>
<script>fetch("{url}/fetch"); new Image().src = "{url}/beacon";</script>
<title>Hostile page</title></head><body onload="fetch('{url}/onload')">
<h1>Council approves the harbour plan</h1>
<iframe src="{url}/frame.html"></iframe>
<article>
<figure><img src="{url}/lead.jpg" srcset="{url}/lead-2x.jpg 2x, {url}/lead-3x.jpg 3x" alt="Lead">
<figcaption>The harbour at dawn. Photo: Staff</figcaption></figure>
<p>The council approved the new harbour plan on Monday after a debate that lasted most of the day.</p>
<p style="background-image: url({url}/inline.png)">Under the plan, the old fish market will become a
covered hall for small traders and cafés, with space for a weekly farmers' market.</p>
<picture><source srcset="{url}/source.webp"><img src="relative.jpg" alt=""></picture>
<p>Work is due to start in the spring and should take about eighteen months to complete.</p>
<object data="{url}/object.pdf"></object><video poster="{url}/poster.jpg" src="{url}/video.mp4"></video>
</article></body></html>""",
        encoding="utf-8",
    )
    return path


def test_hostile_page_is_opened_and_exported_without_a_sound(tmp_path: Path, listener) -> None:
    port, heard = listener
    page = hostile_page(tmp_path, port)
    target = tmp_path / "hostile.pdf"
    assert main(["export", str(page), "-o", str(target), "-q"]) == 0
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "preflight", str(page)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert "Traceback" not in result.stderr
    text = pdf_text(target)
    assert "approved the new harbour plan" in text and "eighteen months" in text
    assert heard == []
    # The listener does hear what reaches it: the silence above is the readers', not a deaf test's.
    socket.create_connection(("127.0.0.1", port)).sendall(b"GET /probe HTTP/1.0\r\n\r\n")
    for _ in range(50):
        if heard:
            break
        threading.Event().wait(0.05)
    assert heard and heard[0].startswith("GET /probe")


def hostile_archive(folder: Path, port: int) -> Path:
    """A web archive whose page points at the listener, at this machine's files, and at parts
    the archive does not hold."""
    url = f"http://127.0.0.1:{port}"
    page = (
        f"<html><head><link rel='stylesheet' href='{url}/a.css'><base href='{url}/'></head><body>"
        f"<h1>Council approves the harbour plan</h1><article>"
        f"<figure><img src='{url}/lead.jpg'><figcaption>Remote lead</figcaption></figure>"
        f"<p>The council approved the new harbour plan on Monday after a debate that lasted all day.</p>"
        f"<figure><img src='file:///etc/hostname'><figcaption>A local file</figcaption></figure>"
        f"<figure><img src='cid:not-in-the-archive'><figcaption>A missing part</figcaption></figure>"
        f"<p>Work is due to start in the spring and should take about eighteen months to complete, "
        f"the council said in a statement after the vote.</p></article></body></html>"
    )
    path = folder / "hostile.mhtml"
    path.write_bytes(
        (
            "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/a.html\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
            "--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://news.example/a.html\r\n\r\n"
            f"{page}\r\n--B--\r\n"
        ).encode()
    )
    return path


def test_hostile_archive_reads_nothing_outside_itself(tmp_path: Path, listener) -> None:
    port, heard = listener
    archive = hostile_archive(tmp_path, port)
    document = read_document(archive)
    assert document.article.images == ()
    assert f"http://127.0.0.1:{port}/lead.jpg" in document.article.body  # kept by name, never fetched
    assert len(document.reading_problems) == 2
    target = tmp_path / "hostile.pdf"
    assert main(["export", str(archive), "-o", str(target), "-q"]) == 0
    assert "eighteen months" in pdf_text(target)
    assert heard == []


@pytest.mark.parametrize("name", ["en-storm", "zh-exhibition", "ru-forum", "word-ru-report"])
def test_exported_pdf_holds_the_article_and_no_chrome(tmp_path: Path, name: str) -> None:
    wanted = expected(CORPUS / "expected" / f"{name}.json")
    target = tmp_path / f"{name}.pdf"
    assert main(["export", str(CORPUS / wanted["file"]), "-o", str(target), "-q"]) == 0
    text = pdf_text(target)
    paragraphs = [b["text"] for b in wanted["body"] if b["kind"] == "paragraph"]
    assert_in_order(text, [wanted["title"], *paragraphs])
    assert not [word for word in wanted["chrome"] if word in text]
