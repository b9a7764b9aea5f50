// Parent-side resizer for the Russia–Ukraine peace talks explainer.
// Put it after the explainer's <iframe> (the "Embed" dialog gives the code). It listens for
// the explainer's Datawrapper-style height message and sets the height of the iframe that
// sent it. The embed code loads this script `async`, so a frame may have said its height
// before it listened: on loading, it asks every frame to say it again. It sets the height
// attribute only, so it works under a strict
// Content-Security-Policy that forbids inline styles; host this file yourself if your
// policy allows scripts from your own origin only. Once a frame has said its height, the
// link the embed code keeps beside it for pages that drop frames (class
// peace-talks-explainer-fallback, just before or after the frame) is hidden.
(function () {
  if (window.__peaceTalksResizer) return;
  window.__peaceTalksResizer = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data['datawrapper-height']) return;
    var heights = data['datawrapper-height'];
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      for (var id in heights) {
        var px = Math.ceil(Number(heights[id]));
        if (px > 0 && px < 100000) frame.setAttribute('height', String(px));
      }
      hideFallback(frame.previousElementSibling);
      var next = frame.nextElementSibling;
      if (next && next.tagName === 'SCRIPT') next = next.nextElementSibling;
      hideFallback(next);
    }
  });
  function hideFallback(element) {
    if (element && (' ' + element.className + ' ').indexOf(' peace-talks-explainer-fallback ') >= 0) element.hidden = true;
  }
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage('peace-talks-explainer:height?', '*');
  }
})();
