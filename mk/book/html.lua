-- mk/book/html.lua: pandoc filter for the HTML edition (mk/book/nw2html runs it).
--  * A code block from \begin{lstlisting}[language=X] gets the class x, which
--    picks the highlighter (pandoc's reader would call C "objectivec").
--  * Tables and figures are numbered per chapter, as the book class numbers them
--    (and as pandoc's reader numbers a \ref to them): "Table 1.2: caption".
--  * Figures: \includegraphics{name.pdf} shows name(.svg), without TeX sizes.

local function prefix(inlines, word, num)
  inlines:insert(1, pandoc.Space())
  inlines:insert(1, pandoc.Strong { pandoc.Str(word .. "\u{a0}" .. num .. ":") })
end

function Pandoc(doc)
  local chapter, ntab, nfig = 0, 0, 0
  local numbering = {
    CodeBlock = function(cb)
      local lang = cb.attributes.language
      if lang then
        cb.classes = { lang:lower() }
        cb.attributes.language = nil
      end
      return cb
    end,
    Table = function(t)
      local long = t.caption.long
      if #long > 0 and long[1].content then
        ntab = ntab + 1
        prefix(long[1].content, "Table", chapter .. "." .. ntab)
      end
      return t
    end,
    Image = function(img)
      img.src = img.src:gsub("%.pdf$", "")
      img.attributes.width, img.attributes.height = nil, nil
      if img.title == "fig:" and #img.caption > 0 then
        nfig = nfig + 1
        prefix(img.caption, "Figure", chapter .. "." .. nfig)
      end
      return img
    end,
  }
  for i, b in ipairs(doc.blocks) do
    if b.t == "Header" and b.level == 1 and not b.classes:includes("unnumbered") then
      chapter, ntab, nfig = chapter + 1, 0, 0
    end
    -- walk_block visits what is inside a block: wrap it to reach a top-level one
    doc.blocks[i] = pandoc.walk_block(pandoc.Div { b }, numbering).content[1]
  end
  return doc
end
