// An old link to a source line (/plans/1/source#L1234, made before the source view was paged) lands on page 1:
// the fragment never reaches the server, so when the line is not on this page, ask for the page that holds it.
(function () {
  var m = /^#L(\d+)$/.exec(location.hash);
  if (m && !document.getElementById('L' + m[1])) location.replace('?line=' + m[1] + location.hash);
})();
