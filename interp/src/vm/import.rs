//! `import`: the native modules (`math`, `sys`, ..., and micronumpy as `numpy`/`micronumpy`) and
//! plain `.py` modules found next to the main script, each loaded once and cached.

use super::Vm;
use mnpy_runtime::builtin_fn::ModuleId;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::rc::Rc;

impl Vm {
    /// Imports a module by dotted name (returns the named module itself).
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(m.clone());
        }
        let module = if let Some(id) = ModuleId::ALL.iter().find(|m| m.name() == name) {
            mnpy_stdlib::make_module(self, *id)?
        } else if let Some(m) = mnpy_stdlib::make_extra_module(self, name)? {
            m
        } else {
            self.import_source_module(name)?
        };
        self.modules.insert(name.to_string(), module.clone());
        Ok(module)
    }

    fn import_source_module(&mut self, name: &str) -> PyResult<Value> {
        let not_found = || {
            PyErr::with_args(
                TypeTag::ModuleNotFoundError,
                vec![Value::string(format!("No module named '{}'", name))],
            )
        };
        if name.contains('.') {
            return Err(not_found());
        }
        let Some(dir) = self.script_dir.clone() else {
            return Err(not_found());
        };
        let path = dir.join(format!("{}.py", name));
        let Ok(source) = std::fs::read_to_string(&path) else {
            return Err(not_found());
        };
        let filename = path.to_string_lossy().to_string();
        let code = crate::run::compile_source(&source, &filename, false)
            .map_err(|e| crate::run::syntax_error_value(&e))?;
        let module = self.new_module(name);
        if let mnpy_runtime::HeapObj::Module(m) = &*module {
            m.dict
                .borrow_mut()
                .insert("__file__".into(), Value::str(&filename));
        }
        self.sources
            .insert(filename.clone(), Rc::from(source.as_str()));
        self.modules
            .insert(name.to_string(), Value::Obj(module.clone()));
        self.run_module_code(code, module.clone())?;
        Ok(Value::Obj(module))
    }
}
