/**
 * The one inline script on every page, run before first paint. It applies a
 * saved theme (the system preference applies otherwise) and only listens:
 * the theme toggle, copy buttons, the search button and Ctrl/⌘+K. The search
 * client is imported on first use from the URL in `data-search-module` on
 * the dialog, so nothing is fetched on load. Its CSP hash is taken from this
 * exact text, so keep it a constant.
 */
export const BOOT_SCRIPT = `(()=>{const d=document.documentElement,L=localStorage;try{d.dataset.theme=L.theme||''}catch{}
const S=()=>{const m=document.getElementById('search-dialog')?.dataset.searchModule;m&&import(m).then(x=>x.openSearch())};
addEventListener('click',e=>{const t=e.target,c=s=>t instanceof Element&&t.closest(s);let b;
if(c('[data-theme-toggle]')){d.dataset.theme=(d.dataset.theme?d.dataset.theme=='dark':matchMedia('(prefers-color-scheme:dark)').matches)?'light':'dark';try{L.theme=d.dataset.theme}catch{}}
else if(c('[data-search-open]'))S();
else if(b=c('[data-copy]'))navigator.clipboard.writeText(b.dataset.copy||b.closest('figure').querySelector('pre').innerText).then(()=>{const l=b.textContent;b.textContent=b.dataset.done;setTimeout(()=>b.textContent=l,1500)})});
addEventListener('keydown',e=>{(e.ctrlKey||e.metaKey)&&e.key.toLowerCase()=='k'&&(e.preventDefault(),S())})})();`;
