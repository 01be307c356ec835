// drafter serve: validate as you type, keep the place on the page across swap/lock. No framework.
"use strict";

// A file chosen for 校对 / 对比: its name beside the (Chinese) button.
document.querySelectorAll(".file input[type=file]").forEach((input) => {
  input.addEventListener("change", () => {
    const name = input.files && input.files.length ? input.files[0].name : "未选择文件";
    input.parentElement.querySelector(".file-name").textContent = name;
  });
});

// While the server works (the first draft of the day reads the whole library): say so, once.
function busy(form, button) {
  form.dataset.busy = "1";
  document.body.classList.add("busy");
  const note = document.getElementById("busy-note");
  if (note) note.textContent = "正在处理，请稍候……";
  if (button) button.classList.add("working");
}
window.addEventListener("pageshow", () => {  // back to a page kept by the browser: ready again
  document.body.classList.remove("busy");
  document.querySelectorAll("form[data-busy]").forEach((f) => { delete f.dataset.busy; });
  const note = document.getElementById("busy-note");
  if (note) note.textContent = "";
});
// The server refuses a body over 16 MB (MAX_UPLOAD_BYTES in drafter/limits.py) before reading it, which a browser
// shows as a reset connection, not as the page's message: said here, before anything is sent (newuser38).
const MAX_UPLOAD = 16 * 1024 * 1024;
function tooBig(form) {
  const input = form.querySelector("input[type=file]");
  const file = input && input.files && input.files.length ? input.files[0] : null;
  const text = form.querySelector("textarea");
  const size = (file ? file.size : 0) + (text ? new Blob([text.value]).size : 0);
  if (size <= MAX_UPLOAD) return "";
  const mb = (size / 1024 / 1024).toFixed(1);
  return `${file ? "所选文件" : "粘贴的文字"}过大（${mb} MB，上限 16 MB），没有上传：一篇讲话稿一般不超过几百 KB，请检查所选文件，或把讲话稿分成单独的文件。`;
}
document.querySelectorAll("form.upload").forEach((form) => {
  form.addEventListener("submit", (event) => {
    if (form.dataset.busy) { event.preventDefault(); return; }
    const said = tooBig(form);
    if (said) {
      event.preventDefault();
      const note = document.getElementById("busy-note");
      if (note) note.textContent = said;
      return;
    }
    busy(form, event.submitter);
  });
});

(function () {
  const form = document.getElementById("draft-form");
  if (!form) return;

  const field = (name) => form.querySelector(`[name="${name}"]`);
  const note = (name) => document.getElementById(`note-${name}`);

  // required: the note asks for an empty field after a press of 起草; a lookup answered later keeps it.
  function show(name, text, bad, required) {
    const box = note(name);
    if (!box) return;
    if (required) box.dataset.required = "1"; else delete box.dataset.required;
    box.textContent = text;
    box.classList.toggle("bad", !!bad);
    box.parentElement.classList.toggle("bad", !!bad);
  }

  // What drafter reads from the place and meeting (level, superior, work, kind), as they are typed.
  let timer = null;
  let asked = 0;
  function askSetting() {
    const place = field("place").value.trim();
    const meeting = field("meeting").value.trim();
    if (!place) { show("place", "请填写地名。", true); return; }
    const mine = ++asked;
    const query = new URLSearchParams({ place, meeting });
    fetch(`/api/setting?${query}`, { credentials: "same-origin" })
      .then((r) => r.json())
      .then((s) => {
        if (mine !== asked) return;  // a newer keystroke already asked
        if (!s.ok) {
          const target = /会议/.test(s.message) && meeting ? "meeting" : "place";
          show(target, s.message + (s.hint ? " " + s.hint : ""), true);
          const other = target === "place" ? "meeting" : "place";
          if (!(note(other) && note(other).dataset.required && !field(other).value.trim())) show(other, "", false);
          return;
        }
        const tier = s.tier && s.tier !== s.level ? `（${s.tier}级）` : "";
        show("place", `层级：${s.level}${tier}，上级：${s.upper}`, false);
        const asking = !meeting && note("meeting") && note("meeting").dataset.required;
        if (!asking) show("meeting", s.work ? `工作：${s.work}；会议种类：${s.kind}；召集方：${s.convenor}` : "", false);
      })
      .catch(() => {});
  }
  ["place", "meeting"].forEach((name) => {
    field(name).addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(askSetting, 250); });
  });
  if (field("place").value) askSetting();

  function checkNumber(name, low, high) {
    const input = field(name);
    input.addEventListener("input", () => {
      const v = input.value.trim();
      const ok = v === "" || (/^\d+$/.test(v) && +v >= low && +v <= high);
      show(name, ok ? "" : `请填 ${low}–${high} 之间的整数，或留空。`, !ok);
    });
  }
  checkNumber("points", 2, 6);
  checkNumber("minutes", 1, 120);

  form.addEventListener("submit", (event) => {
    const button = event.submitter;
    const downloading = button && button.getAttribute("formaction");
    if (!downloading && !field("place").value.trim()) {
      event.preventDefault();
      show("place", "请填写地名。", true, true);
      field("place").focus();
      return;
    }
    if (!downloading && !field("meeting").value.trim()) {
      event.preventDefault();
      show("meeting", "请填写会议名称。", true, true);
      field("meeting").focus();
      return;
    }
    if (!downloading) {
      if (form.dataset.busy) { event.preventDefault(); return; }  // one press is enough
      busy(form, button);
    }
    // Come back to the part that was swapped or locked, not the top of the page.
    const action = button && button.value ? button.value : "";
    const part = action.split(":")[1];
    if (part && /^\d+$/.test(part)) sessionStorage.setItem("drafter-scroll", `point-${part}`);
    else if (part) sessionStorage.setItem("drafter-scroll-y", String(window.scrollY));
    else if (oneColumn()) sessionStorage.setItem("drafter-scroll", "result");  // the speech is below the form
  });

  function oneColumn() {
    const result = document.getElementById("result");
    return result && result.getBoundingClientRect().top >= form.getBoundingClientRect().bottom;
  }

  const anchor = sessionStorage.getItem("drafter-scroll");
  const y = sessionStorage.getItem("drafter-scroll-y");
  sessionStorage.removeItem("drafter-scroll");
  sessionStorage.removeItem("drafter-scroll-y");
  // The draft survives a visit to 校对 or 片段库, a closed tab or a restart of the browser: the page keeps its
  // answers and state in this browser (nothing on the server) and offers them back on an empty 起草 page.
  const KEPT = "drafter-last-draft";
  const preview = document.getElementById("preview");
  if (preview) {
    const values = {};
    new FormData(form).forEach((value, name) => { if (name !== "csrf") values[name] = value; });
    const title = preview.querySelector(".doc-title");
    try { localStorage.setItem(KEPT, JSON.stringify({ title: title ? title.textContent : "", values })); } catch (e) {}
    // This page answered a POST: make its history entry a plain /draft, so 刷新 (F5) does not send the form
    // again (a second 换一段 would swap the point once more). The reload below brings the same draft back.
    if (history.replaceState) history.replaceState(null, "", "/draft");
  } else if (!field("state").value) {
    let kept = null;
    try { kept = JSON.parse(localStorage.getItem(KEPT) || "null"); } catch (e) {}
    const offer = document.getElementById("restore");
    if (kept && kept.values && kept.values.state && offer) {
      offer.querySelector(".restore-title").textContent = kept.title || "上次的讲话稿";
      offer.hidden = false;
      offer.querySelector("button").addEventListener("click", () => {
        Object.entries(kept.values).forEach(([name, value]) => {
          const input = field(name);
          if (!input) return;
          if (input.type === "checkbox") input.checked = value === input.value;
          else input.value = value;
        });
        busy(form, null);
        form.submit();
      });
      // 刷新 on a draft's page lands here: show the same draft again rather than an empty page.
      const nav = performance.getEntriesByType ? performance.getEntriesByType("navigation")[0] : null;
      if (nav && nav.type === "reload") offer.querySelector("button").click();
    }
  }

  const alert = document.getElementById("error");
  if (alert) alert.scrollIntoView({ block: "start" });  // a refused change: its reason first
  else if (anchor === "result" && document.getElementById("result")) document.getElementById("result").scrollIntoView({ block: "start" });
  else if (anchor && document.getElementById(anchor)) document.getElementById(anchor).scrollIntoView({ block: "center" });
  else if (y) window.scrollTo(0, +y);
})();
