-- Neovim check of the Brieflint language server (issue 18): opens a small draft as a `.txt` and
-- a `.md` buffer, starts `node bin/brieflint lsp --stdio` from this repository with the Neovim
-- 0.7 configuration of the README (`vim.lsp.start_client` + `vim.lsp.buf_attach_client` from a
-- FileType autocommand; `vim.lsp.start` came in 0.8), waits
-- (bounded, on the publishDiagnostics notifications) for diagnostics, and exits 0 only when
-- both buffers got `reporter-unknown`.
-- Run: nvim --headless -u NONE -c 'luafile scripts/editors/neovim-check.lua'
-- Environment: BRIEFLINT_EDITOR_TIMEOUT_MS (default 20000); BRIEFLINT_EDITOR_EXPECT, the code to
-- wait for (default reporter-unknown; any other code shows that the check can fail).

local script = debug.getinfo(1, 'S').source:gsub('^@', '')
local root = vim.fn.fnamemodify(script, ':p:h:h:h')
local timeout = tonumber(os.getenv('BRIEFLINT_EDITOR_TIMEOUT_MS') or '') or 20000
local expect = os.getenv('BRIEFLINT_EDITOR_EXPECT') or 'reporter-unknown'

local function say(line)
  io.stdout:write('neovim: ' .. line .. '\n')
end

local function finish(code)
  io.stdout:flush()
  vim.cmd((code == 0 and 'qall!') or ('cquit! ' .. code))
end

-- `-u NONE` leaves filetype detection off; turn it on so the buffers get the `text` and
-- `markdown` filetypes (Neovim sends the filetype as the LSP language id).
vim.cmd('filetype on')

local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
local draft = 'See Smith v. Jones, 60 F.4d 913 (2d Cir. 1994).'
local files = { dir .. '/draft.txt', dir .. '/draft.md' }
for _, file in ipairs(files) do
  vim.fn.writefile({ '# Draft', '', draft }, file)
end

local found = {}   -- uri -> true once the expected code arrived
local published = {} -- uri -> list of codes last published

-- Watch every publishDiagnostics (then let Neovim show them as usual).
local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result then
    local codes = {}
    for _, d in ipairs(result.diagnostics or {}) do
      table.insert(codes, tostring(d.code))
      if d.code == expect then found[result.uri] = true end
    end
    published[result.uri] = codes
  end
  return default_publish(err, result, ctx, config)
end

-- The configuration the README gives for Neovim 0.7 (the path being this repository's): one
-- client, started by the first Markdown or text buffer, attached to every later one.
local brieflint_client
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'markdown', 'text' },
  callback = function(args)
    brieflint_client = brieflint_client or vim.lsp.start_client({
      name = 'brieflint',
      cmd = { 'node', root .. '/bin/brieflint', 'lsp', '--stdio' },
      root_dir = vim.fn.getcwd(),
    })
    vim.lsp.buf_attach_client(args.buf, brieflint_client)
  end,
})

vim.cmd('cd ' .. vim.fn.fnameescape(dir))
local uris = {}
local languages = {}
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  table.insert(uris, vim.uri_from_bufnr(buf))
  table.insert(languages, vim.bo[buf].filetype)
end
local client_id = brieflint_client
if not client_id then
  say('FAIL: no client started (filetypes: ' .. table.concat(languages, ', ') .. ')')
  finish(1)
  return
end

local started = vim.loop.hrtime()
local ok = vim.wait(timeout, function()
  for _, uri in ipairs(uris) do
    if not found[uri] then return false end
  end
  return true
end, 50)
local ms = math.floor((vim.loop.hrtime() - started) / 1e6)

local failed = false
for i, uri in ipairs(uris) do
  local codes = published[uri] and table.concat(published[uri], ', ') or 'no diagnostics published'
  if found[uri] then
    say(string.format('ok   %s (language id %s): %s', vim.fn.fnamemodify(files[i], ':t'), languages[i], codes))
  else
    failed = true
    say(string.format('FAIL %s (language id %s): no %s (%s)', vim.fn.fnamemodify(files[i], ':t'), languages[i], expect, codes))
  end
end
if not ok then say('gave up after ' .. timeout .. ' ms') end

local client = vim.lsp.get_client_by_id(client_id)
if client then client.stop() end
vim.wait(2000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
vim.fn.delete(dir, 'rf')
if failed then
  finish(1)
else
  say('passed in ' .. ms .. ' ms (Neovim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. ')')
  finish(0)
end
