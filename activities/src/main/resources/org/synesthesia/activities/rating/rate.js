// The rating page: one question at a time. The rater id lives in localStorage, so a reload asks
// the server for the next unanswered question and continues where the rater left off.
(function () {
  'use strict';
  const KEY = 'synesthesia-rater';
  const $ = (id) => document.getElementById(id);
  let rater = null;
  let busy = false;

  function message(text) { $('message').textContent = text || ''; }

  async function json(response) {
    try { return await response.json(); } catch (e) { return {}; }
  }

  async function register() {
    const r = await fetch('api/raters', { method: 'POST' });
    const body = await json(r);
    if (!r.ok) throw new Error(body.error || 'could not start (' + r.status + ')');
    localStorage.setItem(KEY, body.rater);
    return body.rater;
  }

  async function next() {
    if (!rater) rater = localStorage.getItem(KEY) || await register();
    const r = await fetch('api/raters/' + encodeURIComponent(rater) + '/next');
    if (r.status === 404) { localStorage.removeItem(KEY); rater = await register(); return next(); }
    const body = await json(r);
    if (!r.ok) throw new Error(body.error || 'could not load the next question (' + r.status + ')');
    show(body);
  }

  function progress(answered, total) {
    $('progress').textContent = answered + ' of ' + total + ' answered';
    $('bar-fill').style.width = (total ? 100 * answered / total : 0) + '%';
  }

  function show(state) {
    progress(state.answered, state.total);
    if (state.done) { $('question').hidden = true; $('done').hidden = false; return; }
    const q = state.question;
    $('done').hidden = true;
    $('question').hidden = false;
    $('question').dataset.id = q.id;
    $('prompt').textContent = q.prompt;
    const media = $('media');
    const choices = $('choices');
    media.replaceChildren();
    choices.replaceChildren();
    choices.className = q.kind === 'MATCH_IMAGE' ? 'pair' : '';
    q.media.forEach((src, i) => {
      const isSound = src.endsWith('.wav');
      if (q.kind === 'MATCH_IMAGE' && !isSound) return; // the two images are the answer buttons
      let el;
      if (isSound) { el = document.createElement('audio'); el.controls = true; el.preload = 'auto'; }
      else { el = document.createElement('img'); el.className = 'single'; el.alt = 'the image to judge'; }
      el.src = src;
      media.append(el);
    });
    q.choices.forEach((c, i) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'choice';
      b.dataset.code = c.code;
      if (q.kind === 'MATCH_IMAGE') {
        const img = document.createElement('img');
        img.src = q.media[i + 1];
        img.alt = i === 0 ? 'left image' : 'right image';
        b.append(img, document.createTextNode(i === 0 ? 'Left image' : 'Right image'));
      } else {
        b.textContent = c.label;
      }
      b.addEventListener('click', () => answer(q.id, c.code));
      choices.append(b);
    });
    message('');
  }

  async function answer(question, code) {
    if (busy) return;
    busy = true;
    document.querySelectorAll('button.choice').forEach((b) => { b.disabled = true; });
    try {
      const r = await fetch('api/answers', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rater: rater, question: question, answer: code })
      });
      // 409: this answer was already stored (e.g. a double tap); move on either way.
      if (!r.ok && r.status !== 409) throw new Error((await json(r)).error || 'the answer was not stored (' + r.status + ')');
      await next();
    } catch (e) {
      message(e.message + ' Please try again.');
      document.querySelectorAll('button.choice').forEach((b) => { b.disabled = false; });
    } finally {
      busy = false;
    }
  }

  next().catch((e) => message(e.message));
})();
