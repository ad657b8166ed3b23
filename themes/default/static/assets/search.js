// sitegen default theme: the search page (/search/).
//
// Asks the site's own Pagefind index (/pagefind/, made by `sitegen build`); nothing is loaded
// from another origin and nothing is stored. Without JavaScript the page offers the site map.
//
// Thai is written without spaces between words. Pagefind's script splits a query into words
// with the browser's word breaker (Intl.Segmenter, ICU's dictionary), and finds the pages that
// hold every word. `sitegen build` has Pagefind index the text split at the same word breaks
// (ThaiWordBreaks.swift), so the words of a query are the words of the index.

const MAX_SHOWN = 20;

/** The results of a query, best first, as Pagefind ranks them. */
export async function searchSite(pagefind, query) {
  return (await pagefind.search(query)).results;
}

/** Indexed text without the invisible word marks (U+200B) of the index. */
function unmarked(text) {
  return text.replace(/\u200b/g, '');
}

/** Pagefind's excerpt as DOM nodes: its text, and its <mark> elements, nothing else. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const nodes = [];
  for (const node of parsed.body.firstChild.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = unmarked(node.textContent);
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(unmarked(node.textContent)));
    }
  }
  return nodes;
}

function setUp(form) {
  const input = form.querySelector('input[name="q"]');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  let loading = null;
  const load = () => {
    loading = loading || import(form.dataset.pagefind).then(async (pagefind) => {
      await pagefind.options({ baseUrl: form.dataset.base || '/' });
      await pagefind.init();
      return pagefind;
    });
    return loading;
  };

  async function run(query) {
    list.replaceChildren();
    list.hidden = true;
    if (!query.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = 'กำลังค้นหา…';
    let pagefind;
    try {
      pagefind = await load();
    } catch (error) {
      status.textContent = 'ระบบค้นหาใช้ไม่ได้ในขณะนี้ (เว็บไซต์นี้ยังไม่มีดัชนีค้นหา) กรุณาใช้แผนผังเว็บไซต์ด้านล่าง';
      return;
    }
    const results = await searchSite(pagefind, query);
    const shown = await Promise.all(results.slice(0, MAX_SHOWN).map((r) => r.data()));
    for (const data of shown) {
      const item = document.createElement('li');
      item.className = 'search-results__item';
      const link = document.createElement('a');
      link.href = data.url;
      link.textContent = unmarked((data.meta && data.meta.title) || data.url);
      const excerpt = document.createElement('p');
      excerpt.replaceChildren(...excerptNodes(data.excerpt || ''));
      item.append(link, excerpt);
      list.append(item);
    }
    list.hidden = shown.length === 0;
    if (results.length === 0) {
      status.textContent = `ไม่พบหน้าที่ตรงกับ “${query}” ลองใช้คำอื่นหรือคำที่สั้นลง`;
    } else if (results.length > shown.length) {
      status.textContent = `พบ ${results.length} หน้าที่ตรงกับ “${query}” แสดง ${shown.length} หน้าแรก`;
    } else {
      status.textContent = `พบ ${results.length} หน้าที่ตรงกับ “${query}”`;
    }
  }

  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    run(query);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}

const form = document.querySelector('form.search-form[data-pagefind]');
if (form) setUp(form);
