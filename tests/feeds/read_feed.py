"""Reads an Atom feed with Python's feedparser (pinned by scripts/setup.sh --test, in
.tools/python), fetching it from its address as a feed reader does, and prints what it
understood as JSON, for tests/feeds/feeds.test.mjs.

    .tools/python/bin/python tests/feeds/read_feed.py ADDRESS

Relative links are resolved against the address. feedparser's `bozo` flag says the feed was
not well formed, or not what its server said it was; the test fails on it.
"""

import json
import sys

import feedparser

feed = feedparser.parse(sys.argv[1])
print(
    json.dumps(
        {
            "status": feed.get("status"),
            "content_type": feed.get("headers", {}).get("content-type"),
            "bozo": bool(feed.bozo),
            "problem": str(feed.get("bozo_exception", "")),
            "version": feed.version,
            "language": feed.feed.get("language"),
            "title": feed.feed.get("title"),
            "id": feed.feed.get("id"),
            "updated": feed.feed.get("updated"),
            "links": [dict(link) for link in feed.feed.get("links", [])],
            "author": feed.feed.get("author"),
            "entries": [
                {
                    "id": e.get("id"),
                    "title": e.get("title"),
                    "link": e.get("link"),
                    "updated": e.get("updated"),
                    "terms": [t.get("term") for t in e.get("tags", [])],
                    "content": (e.get("content") or [{}])[0].get("value"),
                }
                for e in feed.entries
            ],
        },
        ensure_ascii=False,
    )
)
