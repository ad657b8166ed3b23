/// The script `serve` adds to every page (never to a production build): it reloads the page
/// after a successful rebuild, and shows a failed build's diagnostics over the page. Every
/// diagnostic is inserted as text (`textContent`), never as HTML.
enum LiveReload {
    static let script = """
        <script>(function(){
        var id='sitegen-overlay';
        function clear(){var o=document.getElementById(id);if(o)o.remove();}
        function show(s){clear();if(!s||s.ok)return;var o=document.createElement('div');o.id=id;o.setAttribute('role','alert');
        o.style.cssText='position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;padding:1rem;font:16px/1.5 monospace;z-index:99999;white-space:pre-wrap';
        var h=document.createElement('strong');h.textContent='sitegen: the last build failed; this page is the last good version.';o.appendChild(h);
        (s.diagnostics||[]).forEach(function(d){var p=document.createElement('p');p.textContent=d.location+': '+d.severity+': '+(d.field?("field '"+d.field+"': "):'')+(d.message_th?(d.message_th+'\\n    '+d.message):d.message)+(d.hint?((d.hint_th?('\\n    คำแนะนำ: '+d.hint_th):'')+'\\n    hint: '+d.hint):'');o.appendChild(p);});
        document.body.appendChild(o);}
        fetch('/__sitegen/status').then(function(r){return r.json();}).then(show).catch(function(){});
        var es=new EventSource('/__sitegen/events');
        es.addEventListener('reload',function(){location.reload();});
        es.addEventListener('failed',function(e){try{show(JSON.parse(e.data));}catch(x){}});
        })();</script>
        """
}
