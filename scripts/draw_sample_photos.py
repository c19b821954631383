"""Draw the photos of docs/samples/en-photos.md: a harbour bridge at dusk, a ribbon being cut and
a bus on the bridge, as simple pictures made here so that the sample carries no one's photo.

Run from the repository:  .venv/bin/python scripts/draw_sample_photos.py
"""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent.parent / "docs" / "samples" / "photos"


def _gradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> Image.Image:
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line(
            [(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        )
    return image


def _grain(image: Image.Image, seed: int) -> Image.Image:
    rng = random.Random(seed)
    noise = Image.new("L", image.size)
    noise.putdata([rng.randrange(96, 160) for _ in range(image.width * image.height)])
    return Image.blend(image, Image.merge("RGB", (noise, noise, noise)), 0.06)


def bridge_at_dusk(size: tuple[int, int] = (2400, 1500)) -> Image.Image:
    w, h = size
    image = _gradient(size, (38, 52, 96), (236, 150, 92))
    draw = ImageDraw.Draw(image)
    horizon = int(h * 0.62)
    draw.ellipse([w * 0.62, h * 0.38, w * 0.72, h * 0.38 + w * 0.1], fill=(255, 214, 150))
    water = _gradient((w, h - horizon), (120, 96, 110), (24, 34, 60))
    image.paste(water, (0, horizon))
    for i in range(40):  # the sun's path on the water
        y = horizon + 12 + i * (h - horizon) // 44
        half = int(w * 0.05 * (1 - i / 50))
        draw.line([(w * 0.67 - half, y), (w * 0.67 + half, y)], fill=(250, 190, 130), width=4)
    deck = int(h * 0.5)
    draw.rectangle([0, deck, w, deck + 28], fill=(22, 22, 30))
    for x in range(0, w + 1, w // 4):  # piers and arches
        draw.rectangle([x - 18, deck, x + 18, horizon + 30], fill=(22, 22, 30))
        draw.arc([x, deck - h * 0.18, x + w // 4, deck + h * 0.18], 180, 360, fill=(22, 22, 30), width=14)
    for x in range(0, w, 60):  # railings
        draw.line([(x, deck - 36), (x, deck)], fill=(22, 22, 30), width=5)
    draw.line([(0, deck - 36), (w, deck - 36)], fill=(22, 22, 30), width=6)
    return _grain(image.filter(ImageFilter.GaussianBlur(1.2)), 1)


def ribbon(size: tuple[int, int] = (1200, 900)) -> Image.Image:
    w, h = size
    image = _gradient(size, (196, 206, 214), (120, 128, 140))
    draw = ImageDraw.Draw(image)
    for x, colour in ((0.22, (40, 52, 90)), (0.55, (30, 30, 34)), (0.8, (92, 60, 40))):  # people
        cx = w * x
        draw.ellipse([cx - 60, h * 0.12, cx + 60, h * 0.28], fill=(224, 186, 160))
        draw.rounded_rectangle([cx - 110, h * 0.3, cx + 110, h], radius=60, fill=colour)
    draw.rectangle([0, h * 0.55, w, h * 0.62], fill=(178, 28, 40))  # the ribbon
    draw.polygon([(w * 0.48, h * 0.55), (w * 0.5, h * 0.62), (w * 0.46, h * 0.75)], fill=(150, 20, 32))
    draw.line([(w * 0.5, h * 0.45), (w * 0.5, h * 0.6)], fill=(200, 200, 210), width=10)  # scissors
    return _grain(image.filter(ImageFilter.GaussianBlur(1.5)), 2)


def bus(size: tuple[int, int] = (1000, 1300)) -> Image.Image:
    w, h = size
    image = _gradient(size, (150, 186, 220), (220, 232, 240))
    draw = ImageDraw.Draw(image)
    draw.polygon([(0, h), (w * 0.42, h * 0.45), (w * 0.58, h * 0.45), (w, h)], fill=(70, 70, 76))  # the road
    draw.rounded_rectangle([w * 0.26, h * 0.5, w * 0.74, h * 0.86], radius=30, fill=(214, 160, 30))
    draw.rectangle([w * 0.3, h * 0.54, w * 0.7, h * 0.66], fill=(60, 80, 100))  # windscreen
    for cx in (0.34, 0.66):
        draw.ellipse([w * cx - 40, h * 0.74, w * cx + 40, h * 0.8], fill=(250, 240, 200))
    for x in (0.1, 0.9):  # the bridge's towers
        draw.rectangle([w * x - 30, h * 0.05, w * x + 30, h], fill=(40, 44, 52))
        draw.line([(w * x, h * 0.08), (w * 0.5, h * 0.45)], fill=(40, 44, 52), width=8)
    return _grain(image.filter(ImageFilter.GaussianBlur(1.2)), 3)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    bridge_at_dusk().save(OUT / "bridge.jpg", quality=82)
    ribbon().save(OUT / "ribbon.webp", quality=80)
    bus().save(OUT / "bus.jpg", quality=82)
