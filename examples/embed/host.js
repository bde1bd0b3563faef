// Example host page script: embeds one Newsline view three ways.
// ?app=<Newsline address> (default: the published site next to this page),
// ?view=<query of the view> (default: outlet=rt), ?lib=<folder with pym.js/ and @newswire/frames/>.
(function () {
  var params = new URLSearchParams(location.search);
  var app = params.get('app') || '../../dist/';
  var view = params.get('view') || 'outlet=rt';
  var lib = params.get('lib');
  var src = app + (app.indexOf('?') < 0 ? '?' : '&') + 'embed=1&' + view;
  var sources = lib
    ? [lib + 'pym.js/dist/pym.v1.min.js', lib + '@newswire/frames/dist/frames.umd.js']
    : ['https://unpkg.com/pym.js@1.3.2/dist/pym.v1.min.js', 'https://unpkg.com/@newswire/frames@1/dist/frames.umd.js'];

  function load(urls, done) {
    if (!urls.length) return done();
    var s = document.createElement('script');
    s.src = urls[0];
    s.onload = function () { load(urls.slice(1), done); };
    document.head.appendChild(s);
  }

  load(sources, function () {
    // 1. pym.js: the parent adds childId (and more) to the address and listens for heights.
    new pym.Parent('pym-frame', src, { title: 'Newsline timeline (pym.js)' });
    // 2. @newswire/frames: the Framer creates the iframe and listens for embed-size messages.
    newswireFrames.Framer(document.getElementById('frames-frame'), { src: src, attributes: { title: 'Newsline timeline (frames)' } });
    // 3. The snippet: a plain iframe and a few lines that size it.
    var frame = document.createElement('iframe');
    frame.src = src;
    frame.title = 'Newsline timeline (snippet)';
    frame.height = '600';
    frame.setAttribute('data-newsline', '');
    document.getElementById('snippet-frame').appendChild(frame);
    addEventListener('message', function (e) {
      var d = e.data;
      if (d && d.sentinel === 'amp' && d.type === 'embed-size') {
        document.querySelectorAll('iframe[data-newsline]').forEach(function (f) { if (f.contentWindow === e.source) f.height = d.height; });
      }
    });
  });
})();
