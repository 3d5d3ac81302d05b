-- Drives Neovim 0.7's built-in LSP client against `messagelint lsp`: open the draft, wait for
-- diagnostics, apply the preferred quick fix through vim.lsp.buf.code_action, write the buffer,
-- wait for the diagnostics to clear, stop the server. Everything observed goes to a JSON report.
local dll = assert(os.getenv('MESSAGELINT_DLL'), 'MESSAGELINT_DLL is not set')
local draft = assert(os.getenv('MESSAGELINT_DRAFT'), 'MESSAGELINT_DRAFT is not set')
local report_path = assert(os.getenv('MESSAGELINT_REPORT'), 'MESSAGELINT_REPORT is not set')
local timeout = 60000
local report = { version = vim.version() }

local function write_report()
  local file = assert(io.open(report_path, 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
end

local function run()
  vim.o.swapfile = false
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[bufnr].filetype

  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'messagelint',
    cmd = { 'dotnet', dll, 'lsp' },
    root_dir = vim.fn.fnamemodify(draft, ':p:h'),
    init_options = { messageLanguage = 'ru' },
    on_exit = function(code, signal)
      report.server_exit_code = code
      report.server_signal = signal
      exited = true
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')

  assert(vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 20), 'no diagnostics arrived')
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(report.diagnostics, { code = lsp.code, source = d.source, message = d.message, lnum = d.lnum, col = d.col, severity = d.severity })
  end

  local target = vim.diagnostic.get(bufnr)[1]
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })

  local chosen = false
  vim.ui.select = function(items, opts, on_choice)
    report.actions = {}
    local preferred
    for index, item in ipairs(items) do
      local action = item[2]
      table.insert(report.actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred })
      if action.isPreferred and not preferred then
        preferred = index
      end
    end
    assert(preferred, 'no preferred quick fix was offered')
    report.applied = items[preferred][2].title
    on_choice(items[preferred], preferred)
    chosen = true
  end
  vim.lsp.buf.code_action()
  assert(vim.wait(timeout, function() return chosen end, 20), 'no code actions were offered')

  vim.cmd('write')
  assert(vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) == 0 end, 20), 'diagnostics did not clear after the fix')
  report.diagnostics_after_fix = #vim.diagnostic.get(bufnr)

  vim.lsp.stop_client(client_id)
  assert(vim.wait(timeout, function() return exited end, 20), 'the server did not exit after shutdown and exit')
end

local ok, err = pcall(run)
report.ok = ok
if not ok then
  report.error = tostring(err)
end
write_report()
vim.cmd(ok and 'qall!' or 'cquit! 3')
