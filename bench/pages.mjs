// The two pages the benchmark compares the explainer with, generated from the same data
// files: (b) a plain static HTML page with the same content and the same stylesheet, no
// script at all (the floor), and (c) TimelineJS 3 showing the same events.

import fs from 'node:fs/promises';
import path from 'node:path';
import { stanceIn } from '../tests/browser/harness.mjs';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export async function readRecord(dataDir) {
  const read = async (name) => JSON.parse(await fs.readFile(path.join(dataDir, `${name}.json`), 'utf8'));
  const names = ['meta', 'parties', 'groups', 'issues', 'tracks', 'people', 'sources', 'events', 'stances'];
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await read(n)])));
}

/** (b): the state of play, the positions table and the timeline, as the explainer shows them
 * by default, with every source as a link. */
export function plainPage(r, stylesheet) {
  const source = (id) => {
    const s = r.sources.find((x) => x.id === id);
    return `<li><a href="${esc(s.url)}">${esc(s.publisher)}</a>${s.state_media ? ' <span class="badge state-media">Russian state media</span>' : ''}</li>`;
  };
  const sources = (ids) => `<ul class="sources">${ids.map(source).join('')}</ul>`;
  const name = (list, id) => list.find((x) => x.id === id).name;
  const points = r.meta.state_of_play
    .map((p) => `<article class="point"><h3>${esc(p.heading)}</h3><p>${esc(p.text)}</p>${sources(p.sources)}</article>`)
    .join('');
  const head = r.parties.map((p) => `<th scope="col" class="party-col party-${p.id}">${esc(p.name)}</th>`).join('');
  const bodies = r.groups
    .map((g) => {
      const rows = r.issues
        .filter((i) => i.group === g.id)
        .map((i) => {
          const cells = r.parties
            .map((p) => {
              const s = stanceIn(r.stances, i.id, p.id, r.meta.as_of);
              return s
                ? `<td class="stance party-${p.id}"><p class="stance-summary">${esc(s.summary)}</p><p class="stance-since">Since ${esc(s.from)}</p><p class="stance-details">${esc(s.details)}</p>${sources(s.sources)}</td>`
                : `<td class="stance party-${p.id}"><p class="stance-summary no-position">No public position found</p></td>`;
            })
            .join('');
          return `<tr class="issue-row"><th scope="row" class="issue"><span class="issue-name">${esc(i.name)}</span> <span class="issue-question">${esc(i.question)}</span></th>${cells}</tr>`;
        })
        .join('');
      return `<tbody><tr class="group-row"><th scope="rowgroup" colspan="${r.parties.length + 1}">${esc(g.name)}</th></tr>${rows}</tbody>`;
    })
    .join('');
  const events = r.events
    .map((e) => {
      const tracks = e.tracks.map((t) => `<li class="track track-${t}">${esc(name(r.tracks, t))}</li>`).join('');
      const people = e.people.map((p) => esc(name(r.people, p))).join(', ');
      return `<li class="event track-${e.tracks[0]}"><time class="event-when" datetime="${e.date}">${esc(e.date)}${e.end ? `–${esc(e.end)}` : ''}</time><div class="event-body"><h4 class="event-title">${esc(e.title)}</h4><ul class="event-tracks">${tracks}</ul><p class="event-meta">${esc(e.place)}${people ? ` · ${people}` : ''}</p><p class="event-summary">${esc(e.summary)}</p>${sources(e.sources)}</div></li>`;
    })
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.meta.title)}</title><link rel="stylesheet" href="${stylesheet}"></head>
<body><header class="masthead"><h1>${esc(r.meta.title)}</h1><p class="standfirst">${esc(r.meta.standfirst)}</p></header>
<main><section class="state-of-play"><h2>The state of play</h2>${points}</section>
<section><h2>Where each side stands</h2><table class="positions"><thead><tr><th scope="col">Issue</th>${head}</tr></thead>${bodies}</table></section>
<section><h2>How the talks got here</h2><ol class="events">${events}</ol></section></main></body></html>
`;
}

/** (c): TimelineJS 3 with the same events, one slide each, grouped by first track, from
 * files served locally (`tl/js`, `tl/css`). Nothing is fetched from Knight Lab's servers. */
export function timelinePage(r) {
  const date = (iso) => {
    const [year, month, day] = iso.split('-');
    return { year, ...(month && { month }), ...(day && { day }) };
  };
  const data = {
    title: { text: { headline: r.meta.title, text: r.meta.standfirst } },
    events: r.events.map((e) => ({
      start_date: date(e.date),
      ...(e.end && { end_date: date(e.end) }),
      text: { headline: e.title, text: e.summary },
      group: r.tracks.find((t) => t.id === e.tracks[0]).name,
    })),
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.meta.title)}: TimelineJS</title><link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline-embed" style="width:100%;height:100vh"></div>
<script>
window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(data)}, { script_path: new URL('js/', location.href).href, font: null });
</script></body></html>
`;
}
