/**
 * The one inline script on every page, run before first paint. It applies a
 * saved theme (the system preference applies otherwise) and only listens:
 * the theme toggle, Ctrl/⌘+K, and elements with
 * `data-module`, whose module it imports on first use (or when the element
 * scrolls into view, with `data-lazy="visible"`) and calls
 * `activate(element, clickTarget?)`. So nothing is fetched on load. Its CSP
 * hash is taken from this exact text, so keep it a constant.
 */
export const BOOT_SCRIPT = `(()=>{const d=document,h=d.documentElement,L=localStorage,M=new Map;try{h.dataset.theme=L.theme||''}catch{}
const A=(e,t)=>{let p=M.get(e);p||M.set(e,p=import(e.dataset.module));p.then(m=>m.activate(e,t))},S=()=>A(d.getElementById('search-dialog'));
addEventListener('click',e=>{const t=e.target,c=s=>t instanceof Element&&t.closest(s);let b;
if(c('[data-theme-toggle]')){h.dataset.theme=(h.dataset.theme?h.dataset.theme=='dark':matchMedia('(prefers-color-scheme:dark)').matches)?'light':'dark';try{L.theme=h.dataset.theme}catch{}}
else if(c('[data-search-open]'))S();
else if((b=c('[data-module]'))&&!b.dataset.live)A(b,t)});
addEventListener('keydown',e=>{(e.ctrlKey||e.metaKey)&&e.key.toLowerCase()=='k'&&(e.preventDefault(),S())});
addEventListener('DOMContentLoaded',()=>{const o=new IntersectionObserver(x=>x.forEach(i=>i.isIntersecting&&(o.unobserve(i.target),A(i.target))));d.querySelectorAll('[data-lazy=visible]').forEach(e=>o.observe(e))})})();`;
