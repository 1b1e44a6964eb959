// happy-dom gives <bdi> and <wbr> no default display, so accessible names computed in tests
// read them as blocks and put spaces around them. Browsers show both inline: say so here.
if (typeof document !== 'undefined') {
  const style = document.createElement('style');
  style.textContent = 'bdi, wbr { display: inline; }';
  document.head.append(style);
}
