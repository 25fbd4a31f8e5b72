(function () {
  "use strict";
  var input = document.getElementById("file");
  var area = document.getElementById("text");
  var status = document.getElementById("file-status");
  var nameField = document.getElementById("filename");
  if (!input || !area || !window.FileReader) { return; }
  var limit = parseInt(input.getAttribute("data-max-bytes"), 10) || 0;
  input.addEventListener("change", function () {
    var file = input.files && input.files[0];
    if (!file) { return; }
    if (limit && file.size > limit) {
      status.textContent = file.name + " is too large (" + file.size + " bytes; the limit is " + limit + ").";
      input.value = "";
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      area.value = String(reader.result);
      if (nameField) { nameField.value = file.name; }
      input.value = "";
      status.textContent = "Read " + file.name + " into the text box. Press Show report.";
    };
    reader.onerror = function () {
      status.textContent = "Could not read " + file.name + " here; it will be sent as a file instead.";
    };
    reader.readAsText(file);
  });
}());
