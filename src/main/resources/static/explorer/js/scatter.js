// A canvas scatter plot for tens of thousands of points (volcano, MA): one path per category per frame, pan by
// dragging or arrow keys, zoom with the wheel or +/-, 0 resets; hover names the nearest point, click opens it.
// The same view can be written as SVG (the points inside the current view) for saving.
import { h, escapeXml, fmt } from './common.js';

const M = { left: 58, right: 14, top: 14, bottom: 44 };

function hexRgb(hex) {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function niceTicks(a, b, n = 6) {
  const span = b - a;
  if (!(span > 0)) return [a];
  const step0 = span / n;
  const mag = Math.pow(10, Math.floor(Math.log10(step0)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => span / s <= n) || 10 * mag;
  const out = [];
  for (let v = Math.ceil(a / step) * step; v <= b + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

export class ScatterPlot {
  /**
   * data: {x: Float64Array, y: Float64Array, cat: Uint8Array, label: string[]}; categories: [{name, color}] drawn in
   * order (later ones on top); guides: {x: [values], y: [values]} dashed lines.
   */
  constructor(container, { data, categories, xLabel, yLabel, title, onClick, guides = {}, height = 440, id }) {
    Object.assign(this, { data, categories, xLabel, yLabel, title, onClick, guides, height });
    this.canvas = h('canvas', {
      id, tabindex: '0', role: 'img',
      'aria-label': `${title}: ${yLabel} against ${xLabel}. Drag or use the arrow keys to pan, the wheel or + and - to zoom, 0 to reset; Enter opens the highlighted point.`,
    });
    this.tip = h('div', { class: 'tooltip', hidden: true });
    this.wrap = h('div', { class: 'plot' }, this.canvas, this.tip);
    container.replaceChildren(this.wrap);
    this.count = 0;
    for (let i = 0; i < data.x.length; i++) if (Number.isFinite(data.x[i]) && Number.isFinite(data.y[i])) this.count++;
    this.canvas.dataset.marks = String(this.count);
    this.hover = -1;
    this.reset();
    this.resize();
    this.listen();
    new ResizeObserver(() => this.resize()).observe(this.wrap);
  }

  reset() {
    const { x, y } = this.data;
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
      if (x[i] < x0) x0 = x[i]; if (x[i] > x1) x1 = x[i];
      if (y[i] < y0) y0 = y[i]; if (y[i] > y1) y1 = y[i];
    }
    if (!Number.isFinite(x0)) { x0 = -1; x1 = 1; y0 = 0; y1 = 1; }
    const px = (x1 - x0 || 1) * 0.04, py = (y1 - y0 || 1) * 0.04;
    this.view = { x0: x0 - px, x1: x1 + px, y0: y0 - py, y1: y1 + py };
    this.request();
  }

  resize() {
    const w = Math.max(300, this.wrap.clientWidth || 600);
    const dpr = window.devicePixelRatio || 1;
    this.w = w;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(this.height * dpr);
    this.canvas.style.height = this.height + 'px';
    this.dpr = dpr;
    this.draw();
  }

  sx(v) { return M.left + ((v - this.view.x0) / (this.view.x1 - this.view.x0)) * (this.w - M.left - M.right); }
  sy(v) { return this.height - M.bottom - ((v - this.view.y0) / (this.view.y1 - this.view.y0)) * (this.height - M.top - M.bottom); }
  ix(px) { return this.view.x0 + ((px - M.left) / (this.w - M.left - M.right)) * (this.view.x1 - this.view.x0); }
  iy(py) { return this.view.y0 + ((this.height - M.bottom - py) / (this.height - M.top - M.bottom)) * (this.view.y1 - this.view.y0); }

  request() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => { this.pending = false; this.draw(); });
  }

  /** Draw now; returns the milliseconds it took (the benchmark reads it). */
  draw() {
    const t0 = performance.now();
    const g = this.canvas.getContext('2d');
    const { w, height } = this;
    g.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    g.fillStyle = '#fff';
    g.fillRect(0, 0, w, height);
    const pw = w - M.left - M.right, ph = height - M.top - M.bottom;
    g.font = '11px system-ui, sans-serif';
    g.strokeStyle = '#eaeef2';
    g.fillStyle = '#57606a';
    g.lineWidth = 1;
    g.textAlign = 'center';
    for (const t of niceTicks(this.view.x0, this.view.x1)) {
      const X = Math.round(this.sx(t)) + 0.5;
      g.beginPath(); g.moveTo(X, M.top); g.lineTo(X, M.top + ph); g.stroke();
      g.fillText(fmt(t), X, M.top + ph + 14);
    }
    g.textAlign = 'right';
    for (const t of niceTicks(this.view.y0, this.view.y1)) {
      const Y = Math.round(this.sy(t)) + 0.5;
      g.beginPath(); g.moveTo(M.left, Y); g.lineTo(M.left + pw, Y); g.stroke();
      g.fillText(fmt(t), M.left - 5, Y + 4);
    }
    g.save();
    g.beginPath(); g.rect(M.left, M.top, pw, ph); g.clip();
    g.setLineDash([4, 4]); g.strokeStyle = '#8c959f';
    for (const v of this.guides.x || []) { const X = this.sx(v); g.beginPath(); g.moveTo(X, M.top); g.lineTo(X, M.top + ph); g.stroke(); }
    for (const v of this.guides.y || []) { const Y = this.sy(v); g.beginPath(); g.moveTo(M.left, Y); g.lineTo(M.left + pw, Y); g.stroke(); }
    g.setLineDash([]);
    const visible = this.drawPoints(g, pw, ph);
    if (this.hover >= 0) {
      g.strokeStyle = '#000'; g.lineWidth = 2;
      g.beginPath(); g.arc(this.sx(x[this.hover]), this.sy(y[this.hover]), 5, 0, 2 * Math.PI); g.stroke();
    }
    g.restore();
    g.strokeStyle = '#57606a'; g.lineWidth = 1;
    g.strokeRect(M.left + 0.5, M.top + 0.5, pw, ph);
    g.fillStyle = '#1b1f24'; g.textAlign = 'center'; g.font = '12px system-ui, sans-serif';
    g.fillText(this.xLabel, M.left + pw / 2, height - 8);
    g.save(); g.translate(14, M.top + ph / 2); g.rotate(-Math.PI / 2); g.fillText(this.yLabel, 0, 0); g.restore();
    this.canvas.dataset.visible = String(visible);
    this.lastDrawMs = performance.now() - t0;
    return this.lastDrawMs;
  }

  /**
   * The marks, written straight into a pixel buffer (3 x 3 CSS pixels each, categories in order, later on top) and
   * laid over the grid in one drawImage: a path of tens of thousands of rectangles costs far more to rasterise
   * than its JavaScript, and without a GPU it would not keep up with panning. Returns the marks inside the view.
   */
  drawPoints(g, pw, ph) {
    const dpr = this.dpr;
    const W = Math.max(1, Math.round(pw * dpr)), H = Math.max(1, Math.round(ph * dpr));
    if (!this.layer || this.layer.width !== W || this.layer.height !== H) {
      this.layer = document.createElement('canvas');
      this.layer.width = W;
      this.layer.height = H;
      this.layerCtx = this.layer.getContext('2d');
      this.pixels = this.layerCtx.createImageData(W, H);
      this.buf = new Uint32Array(this.pixels.data.buffer);
    }
    const buf = this.buf;
    buf.fill(0);
    const size = Math.max(2, Math.round(3 * dpr)), half = size >> 1;
    const { x, y, cat } = this.data;
    const n = x.length;
    const ax = W / (this.view.x1 - this.view.x0), bx = -this.view.x0 * ax;
    const ay = -H / (this.view.y1 - this.view.y0), by = H - this.view.y0 * ay;
    let visible = 0;
    for (let c = 0; c < this.categories.length; c++) {
      const [r, gr, b] = hexRgb(this.categories[c].color);
      const colour = (255 << 24 | b << 16 | gr << 8 | r) >>> 0; // RGBA bytes on a little-endian Uint32
      for (let i = 0; i < n; i++) {
        if (cat[i] !== c) continue;
        const X = Math.round(x[i] * ax + bx) - half, Y = Math.round(y[i] * ay + by) - half;
        if (!(X > -size && X < W && Y > -size && Y < H)) continue; // also drops NaN
        visible++;
        const x0 = X < 0 ? 0 : X, x1 = X + size > W ? W : X + size;
        const y0 = Y < 0 ? 0 : Y, y1 = Y + size > H ? H : Y + size;
        for (let row = y0; row < y1; row++) buf.fill(colour, row * W + x0, row * W + x1);
      }
    }
    this.layerCtx.putImageData(this.pixels, 0, 0);
    g.drawImage(this.layer, M.left, M.top, pw, ph);
    return visible;
  }

  /** Move the view by a number of pixels (drag, arrow keys, the benchmark). */
  panBy(dxPx, dyPx) {
    const kx = (this.view.x1 - this.view.x0) / (this.w - M.left - M.right);
    const ky = (this.view.y1 - this.view.y0) / (this.height - M.top - M.bottom);
    this.view.x0 -= dxPx * kx; this.view.x1 -= dxPx * kx;
    this.view.y0 += dyPx * ky; this.view.y1 += dyPx * ky;
    this.request();
  }

  zoom(factor, cx = this.w / 2, cy = this.height / 2) {
    const X = this.ix(cx), Y = this.iy(cy);
    const v = this.view;
    this.view = { x0: X + (v.x0 - X) * factor, x1: X + (v.x1 - X) * factor, y0: Y + (v.y0 - Y) * factor, y1: Y + (v.y1 - Y) * factor };
    this.request();
  }

  nearest(px, py, radius = 8) {
    const { x, y } = this.data;
    let best = -1, bd = radius * radius;
    for (let i = 0; i < x.length; i++) {
      const dx = this.sx(x[i]) - px, dy = this.sy(y[i]) - py;
      const d = dx * dx + dy * dy;
      if (d < bd) { bd = d; best = i; }
    }
    return best;
  }

  showTip(i, px, py) {
    this.hover = i;
    if (i < 0) { this.tip.hidden = true; this.request(); return; }
    this.tip.textContent = `${this.data.label[i]}  ${this.xLabel} ${fmt(this.data.x[i])}, ${this.yLabel} ${fmt(this.data.y[i])}`;
    this.tip.hidden = false;
    this.tip.style.left = Math.min(px + 12, this.w - 200) + 'px';
    this.tip.style.top = Math.max(0, py - 28) + 'px';
    this.request();
  }

  listen() {
    const c = this.canvas;
    let drag = null;
    const pos = (e) => { const r = c.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
    c.addEventListener('pointerdown', (e) => { drag = { at: pos(e), moved: 0 }; c.setPointerCapture(e.pointerId); });
    c.addEventListener('pointermove', (e) => {
      const [px, py] = pos(e);
      if (drag) {
        const dx = px - drag.at[0], dy = py - drag.at[1];
        drag.moved += Math.abs(dx) + Math.abs(dy);
        drag.at = [px, py];
        this.panBy(dx, dy);
      } else {
        this.showTip(this.nearest(px, py), px, py);
      }
    });
    c.addEventListener('pointerup', (e) => {
      const [px, py] = pos(e);
      const click = drag && drag.moved < 4;
      drag = null;
      if (click) {
        const i = this.nearest(px, py);
        if (i >= 0 && this.onClick) this.onClick(i);
      }
    });
    c.addEventListener('pointerleave', () => { if (!drag) this.showTip(-1, 0, 0); });
    c.addEventListener('wheel', (e) => { e.preventDefault(); const [px, py] = pos(e); this.zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, px, py); }, { passive: false });
    c.addEventListener('keydown', (e) => {
      const step = 40;
      const keys = {
        ArrowLeft: () => this.panBy(step, 0), ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step), ArrowDown: () => this.panBy(0, -step),
        '+': () => this.zoom(1 / 1.25), '=': () => this.zoom(1 / 1.25), '-': () => this.zoom(1.25), 0: () => this.reset(),
        Enter: () => { if (this.hover >= 0 && this.onClick) this.onClick(this.hover); },
      };
      if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
    });
  }

  /** The current view as an SVG document (points inside the view only) with its size. */
  toSvg() {
    const { w, height } = this;
    const pw = w - M.left - M.right, ph = height - M.top - M.bottom;
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" font-family="sans-serif" font-size="11">`,
      `<rect width="${w}" height="${height}" fill="#fff"/>`, `<title>${escapeXml(this.title)}</title>`];
    for (const t of niceTicks(this.view.x0, this.view.x1)) {
      const X = this.sx(t).toFixed(1);
      out.push(`<line x1="${X}" y1="${M.top}" x2="${X}" y2="${M.top + ph}" stroke="#eaeef2"/><text x="${X}" y="${M.top + ph + 14}" text-anchor="middle" fill="#57606a">${fmt(t)}</text>`);
    }
    for (const t of niceTicks(this.view.y0, this.view.y1)) {
      const Y = this.sy(t).toFixed(1);
      out.push(`<line x1="${M.left}" y1="${Y}" x2="${M.left + pw}" y2="${Y}" stroke="#eaeef2"/><text x="${M.left - 5}" y="${(+Y + 4).toFixed(1)}" text-anchor="end" fill="#57606a">${fmt(t)}</text>`);
    }
    out.push(`<clipPath id="plotarea"><rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}"/></clipPath><g clip-path="url(#plotarea)">`);
    for (const v of this.guides.x || []) out.push(`<line x1="${this.sx(v).toFixed(1)}" y1="${M.top}" x2="${this.sx(v).toFixed(1)}" y2="${M.top + ph}" stroke="#8c959f" stroke-dasharray="4 4"/>`);
    for (const v of this.guides.y || []) out.push(`<line x1="${M.left}" y1="${this.sy(v).toFixed(1)}" x2="${M.left + pw}" y2="${this.sy(v).toFixed(1)}" stroke="#8c959f" stroke-dasharray="4 4"/>`);
    const { x, y, cat, label } = this.data;
    for (let c = 0; c < this.categories.length; c++) {
      out.push(`<g fill="${this.categories[c].color}">`);
      for (let i = 0; i < x.length; i++) {
        if (cat[i] !== c) continue;
        const X = this.sx(x[i]), Y = this.sy(y[i]);
        if (!(X >= M.left && X <= M.left + pw && Y >= M.top && Y <= M.top + ph)) continue;
        out.push(`<rect x="${(X - 1.5).toFixed(1)}" y="${(Y - 1.5).toFixed(1)}" width="3" height="3"><title>${escapeXml(label[i])}</title></rect>`);
      }
      out.push('</g>');
    }
    out.push('</g>', `<rect x="${M.left}" y="${M.top}" width="${pw}" height="${ph}" fill="none" stroke="#57606a"/>`,
      `<text x="${M.left + pw / 2}" y="${height - 8}" text-anchor="middle" font-size="12">${escapeXml(this.xLabel)}</text>`,
      `<text transform="translate(14 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(this.yLabel)}</text>`, '</svg>');
    return { svg: out.join('\n'), width: w, height };
  }
}
