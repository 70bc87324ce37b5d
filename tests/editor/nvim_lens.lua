-- Headless Neovim (0.7+) as a real LSP client of `wattlens serve`.
-- Opens WL_FILE, attaches the server, writes the file (didSave starts a profile)
-- and polls code lenses through vim.lsp.codelens until one appears; then writes
-- what it saw (lenses, diagnostics, a log) as JSON to WL_OUT and quits.
-- Environment: WL_PYTHON, WL_ROOT, WL_FILE, WL_OUT, WL_TIMEOUT_MS.
local python = assert(os.getenv('WL_PYTHON'), 'WL_PYTHON')
local root = assert(os.getenv('WL_ROOT'), 'WL_ROOT')
local file = assert(os.getenv('WL_FILE'), 'WL_FILE')
local out = assert(os.getenv('WL_OUT'), 'WL_OUT')
local timeout_ms = tonumber(os.getenv('WL_TIMEOUT_MS') or '240000')

local started = vim.loop.now()
local log = {}
local function note(message)
  table.insert(log, string.format('%7.1fs %s', (vim.loop.now() - started) / 1000, message))
end

local done = false
local function finish(result)
  if done then
    return
  end
  done = true
  result.log = log
  result.elapsed_s = (vim.loop.now() - started) / 1000
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.schedule(function()
    vim.cmd('qall!')
  end)
end

local client_id = vim.lsp.start_client({
  name = 'wattlens',
  cmd = { python, '-m', 'wattlens', 'serve' },
  root_dir = root,
  init_options = { settings = { lensMinPercent = 1 } },
  on_exit = function(code, signal)
    note(string.format('server exited: code %s, signal %s', tostring(code), tostring(signal)))
    if not done then
      vim.schedule(function()
        finish({ error = 'the server exited before a lens appeared' })
      end)
    end
  end,
})
if not client_id then
  finish({ error = 'vim.lsp.start_client failed' })
  return
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)

local function client()
  return vim.lsp.get_client_by_id(client_id)
end

local function lenses()
  local found = {}
  for _, lens in ipairs(vim.lsp.codelens.get(bufnr) or {}) do
    table.insert(found, { line = lens.range.start.line, command = lens.command })
  end
  return found
end

local function diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, { line = d.lnum, message = d.message, source = d.source, severity = d.severity })
  end
  return found
end

local function poll()
  if done then
    return
  end
  local current = lenses()
  if #current > 0 then
    note(string.format('%d lens(es)', #current))
    finish({ lenses = current, diagnostics = diagnostics() })
    return
  end
  if vim.loop.now() - started > timeout_ms then
    finish({ error = 'no code lens within the timeout', diagnostics = diagnostics() })
    return
  end
  vim.lsp.codelens.refresh()
  vim.defer_fn(poll, 1000)
end

local function wait_initialized()
  local c = client()
  if c and c.initialized then
    note('initialized; :write')
    vim.cmd('write')
    vim.defer_fn(poll, 500)
  elseif vim.loop.now() - started > 60000 then
    finish({ error = 'the server did not initialize within 60 s' })
  else
    vim.defer_fn(wait_initialized, 100)
  end
end

wait_initialized()
