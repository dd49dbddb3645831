// The portal's only script: draws a line chart of a table marked data-chart into the figure
// before it. The table stays the data (and what screen readers read); without JavaScript the
// page simply has no chart. Kept tiny on purpose (the public pages' JS budget is 200 KB gzipped).
export const CHART_JS = `(function(){
var NS='http://www.w3.org/2000/svg';
function el(n,a){var e=document.createElementNS(NS,n);for(var k in a)e.setAttribute(k,a[k]);return e;}
document.querySelectorAll('table[data-chart]').forEach(function(t){
  var fig=document.querySelector('figure[data-chart-for="'+t.id+'"]');if(!fig)return;
  var pts=[];t.querySelectorAll('tbody tr').forEach(function(r){var c=r.querySelector('td[data-value]');var v=c&&c.getAttribute('data-value');if(v!==null&&v!=='')pts.push({p:r.querySelector('th').textContent,v:+v});});
  if(pts.length<2)return;
  var W=720,H=260,L=70,R=16,T=16,B=40,min=Math.min.apply(null,pts.map(function(x){return x.v;})),max=Math.max.apply(null,pts.map(function(x){return x.v;}));
  if(min>0)min=0;if(max===min)max=min+1;
  var x=function(i){return L+(W-L-R)*i/(pts.length-1);},y=function(v){return T+(H-T-B)*(1-(v-min)/(max-min));};
  var s=el('svg',{viewBox:'0 0 '+W+' '+H,width:W,height:H,'class':'hl-chart'});
  s.appendChild(el('line',{x1:L,y1:y(min),x2:W-R,y2:y(min),stroke:'#8c8c8c'}));
  [min,(min+max)/2,max].forEach(function(v){var tx=el('text',{x:L-6,y:y(v)+4,'text-anchor':'end','font-size':12,fill:'#595959'});tx.textContent=(+v.toFixed(2)).toLocaleString();s.appendChild(tx);s.appendChild(el('line',{x1:L,y1:y(v),x2:W-R,y2:y(v),stroke:'#f0f0f0'}));});
  var step=Math.max(1,Math.ceil(pts.length/8));
  pts.forEach(function(p,i){if(i%step&&i!==pts.length-1)return;var tx=el('text',{x:x(i),y:H-B+18,'text-anchor':'middle','font-size':12,fill:'#595959'});tx.textContent=p.p;s.appendChild(tx);});
  s.appendChild(el('polyline',{points:pts.map(function(p,i){return x(i)+','+y(p.v);}).join(' '),fill:'none',stroke:'#0b57a4','stroke-width':2}));
  pts.forEach(function(p,i){s.appendChild(el('circle',{cx:x(i),cy:y(p.v),r:pts.length>40?1.5:3,fill:'#0b57a4'}));});
  fig.appendChild(s);
});
})();`;
