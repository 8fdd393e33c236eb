;;; eglot-check.el --- Emacs + eglot check of the Brieflint language server  -*- lexical-binding: t -*-

;; Issue 18: opens a small draft as a `.txt' buffer (text-mode, language id `text') and a `.md'
;; buffer (gfm-mode, language id `gfm', when markdown-mode is
;; installed, Debian `elpa-markdown-mode'; text-mode otherwise),
;; starts `node bin/brieflint lsp --stdio' from this repository through the same
;; `eglot-server-programs' entry the README gives, waits (bounded, on the publishDiagnostics
;; notifications) for diagnostics, and exits 0 only when both buffers got `reporter-unknown'.
;; Run: emacs -q --batch -l scripts/editors/eglot-check.el
;; (`-q', not `-Q': with `-Q' the site-lisp of the Debian package `elpa-eglot' is not loaded.)
;; Environment: BRIEFLINT_EDITOR_TIMEOUT_MS (default 20000); BRIEFLINT_EDITOR_EXPECT, the code
;; to wait for (default reporter-unknown; any other code shows that the check can fail).

;;; Code:

(require 'cl-lib)
(require 'subr-x)
(package-initialize)
(require 'eglot)

(defvar brieflint-check-root
  (file-name-directory (directory-file-name (file-name-directory (directory-file-name (file-name-directory load-file-name))))))

(defvar brieflint-check-timeout
  (/ (string-to-number (or (getenv "BRIEFLINT_EDITOR_TIMEOUT_MS") "20000")) 1000.0))

(defvar brieflint-check-found (make-hash-table :test #'equal)
  "Uri -> list of the codes last published for it.")

(defun brieflint-check-say (format-string &rest args)
  (princ (concat "eglot: " (apply #'format format-string args) "\n")))

(defun brieflint-check-codes (diagnostics)
  (mapcar (lambda (d) (format "%s" (plist-get d :code))) diagnostics))

;; Every publishDiagnostics the server sends, before eglot hands it to flymake.
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (puthash uri (brieflint-check-codes (append diagnostics nil)) brieflint-check-found))

;; The language id eglot sends in didOpen, per uri (eglot 1.9 sends the id of the mode that
;; started the server for every buffer it manages; later versions send each buffer's own).
(defvar brieflint-check-language-ids (make-hash-table :test #'equal))
(advice-add 'eglot--TextDocumentItem :filter-return
            (lambda (item)
              (puthash (plist-get item :uri) (plist-get item :languageId) brieflint-check-language-ids)
              item))

;; What the README tells users to write. Two entries, Markdown last so it is looked up first
;; (markdown-mode derives from text-mode): eglot before 1.12 sends one language id per server,
;; that of the mode that started it, so one shared entry would send `text' for Markdown too.
(let ((command (list "node" (expand-file-name "bin/brieflint" brieflint-check-root) "lsp" "--stdio")))
  (add-to-list 'eglot-server-programs (cons 'text-mode command))
  (add-to-list 'eglot-server-programs (cons '(markdown-mode gfm-mode) command)))

(defvar brieflint-check-expect (or (getenv "BRIEFLINT_EDITOR_EXPECT") "reporter-unknown")
  "The code both buffers must get.")

(setq eglot-sync-connect 10
      eglot-connect-timeout 20
      eglot-autoshutdown t)

(let* ((dir (make-temp-file "brieflint-eglot-" t))
       (draft "# Draft\n\nSee Smith v. Jones, 60 F.4d 913 (2d Cir. 1994).\n")
       (have-gfm (require 'markdown-mode nil t))
       (files (list (expand-file-name "draft.txt" dir) (expand-file-name "draft.md" dir)))
       (buffers nil)
       (failed nil))
  (dolist (file files)
    (with-temp-file file (insert draft)))
  (dolist (file files)
    (let ((buffer (find-file-noselect file)))
      (with-current-buffer buffer
        (if (and have-gfm (string-suffix-p ".md" file)) (gfm-mode) (text-mode))
        ;; `eglot-ensure' connects from `post-command-hook', which batch mode never runs: connect
        ;; as `M-x eglot' does. The second buffer joins the server the first one started.
        (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact))))
      (push buffer buffers)))
  (setq buffers (nreverse buffers))
  (let ((uris (mapcar (lambda (b) (with-current-buffer b (eglot--path-to-uri buffer-file-name))) buffers))
        (start (float-time)))
    (cl-flet ((done () (cl-every (lambda (u) (member brieflint-check-expect (gethash u brieflint-check-found))) uris)))
      (while (and (not (done)) (< (- (float-time) start) brieflint-check-timeout))
        (accept-process-output nil 0.05))
      (cl-loop for buffer in buffers for uri in uris
               do (let ((codes (gethash uri brieflint-check-found))
                        (name (file-name-nondirectory (buffer-file-name buffer)))
                        (mode (format "%s, language id %s" (buffer-local-value 'major-mode buffer)
                                      (gethash uri brieflint-check-language-ids "?"))))
                    (when (and have-gfm (string-suffix-p ".md" name)
                               (not (equal (gethash uri brieflint-check-language-ids) "gfm")))
                      (setq failed t)
                      (brieflint-check-say "FAIL %s: language id %s, not gfm" name (gethash uri brieflint-check-language-ids)))
                    (if (member brieflint-check-expect codes)
                        (brieflint-check-say "ok   %s (%s): %s" name mode (string-join codes ", "))
                      (setq failed t)
                      (brieflint-check-say "FAIL %s (%s): no %s (%s)" name mode brieflint-check-expect
                                           (if codes (string-join codes ", ") "no diagnostics published")))))
      (unless (done) (brieflint-check-say "gave up after %s s" brieflint-check-timeout))
      (unless have-gfm (brieflint-check-say "markdown-mode not installed: the .md buffer was checked in text-mode"))
      (unless failed
        (brieflint-check-say "passed in %d ms (Emacs %s, eglot %s)" (round (* 1000 (- (float-time) start)))
                             emacs-version (file-name-nondirectory (directory-file-name (file-name-directory (locate-library "eglot"))))))))
  (dolist (server (cl-remove-duplicates (delq nil (mapcar (lambda (b) (with-current-buffer b (eglot-current-server))) buffers))))
    (ignore-errors (eglot-shutdown server nil 2)))
  (delete-directory dir t)
  (kill-emacs (if failed 1 0)))

;;; eglot-check.el ends here
