//! `BuiltinFn`: the closed enum of every builtin function, builtin method and library-module
//! function. Each entry names its owner (global namespace, a builtin type, or a module) and its
//! Python name; `mnpy-stdlib` implements them, and a tracing JIT can recognise them by variant.

use crate::types::TypeTag;
use std::collections::HashMap;

/// A library module implemented natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModuleId {
    /// `math`
    Math,
    /// `sys`
    Sys,
    /// `time`
    Time,
    /// `random`
    Random,
    /// `itertools`
    Itertools,
    /// `functools`
    Functools,
}

impl ModuleId {
    /// Every native module.
    pub const ALL: [ModuleId; 6] = [
        ModuleId::Math,
        ModuleId::Sys,
        ModuleId::Time,
        ModuleId::Random,
        ModuleId::Itertools,
        ModuleId::Functools,
    ];

    /// The import name.
    pub fn name(self) -> &'static str {
        match self {
            ModuleId::Math => "math",
            ModuleId::Sys => "sys",
            ModuleId::Time => "time",
            ModuleId::Random => "random",
            ModuleId::Itertools => "itertools",
            ModuleId::Functools => "functools",
        }
    }
}

/// Where a builtin lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// The builtins namespace.
    Global,
    /// A method of a builtin type.
    Method(TypeTag),
    /// A function of a native module.
    Module(ModuleId),
}

macro_rules! builtins {
    ($($variant:ident : $owner:expr, $name:literal;)*) => {
        /// Every builtin callable.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum BuiltinFn { $( #[doc = $name] $variant ),* }

        /// Every builtin with its owner and name.
        pub const ALL_BUILTINS: &[(BuiltinFn, Owner, &str)] = &[$((BuiltinFn::$variant, $owner, $name)),*];
    };
}

use ModuleId::*;
use Owner::{Global as G, Method as M, Module as Md};
use TypeTag as T;

builtins! {
    Print: G, "print"; Len: G, "len"; Range: G, "range"; Enumerate: G, "enumerate"; Zip: G, "zip";
    Map: G, "map"; Filter: G, "filter"; Sorted: G, "sorted"; Reversed: G, "reversed"; Min: G, "min";
    Max: G, "max"; Sum: G, "sum"; Any: G, "any"; All: G, "all"; Abs: G, "abs"; Round: G, "round";
    Divmod: G, "divmod"; Pow: G, "pow"; Repr: G, "repr"; Isinstance: G, "isinstance";
    Issubclass: G, "issubclass"; Hasattr: G, "hasattr"; Getattr: G, "getattr"; Setattr: G, "setattr";
    Delattr: G, "delattr"; Id: G, "id"; Hash: G, "hash"; Iter: G, "iter"; Next: G, "next"; Chr: G, "chr";
    Ord: G, "ord"; Hex: G, "hex"; Oct: G, "oct"; Bin: G, "bin"; Format: G, "format"; Input: G, "input";
    Open: G, "open"; Callable: G, "callable"; Vars: G, "vars"; Dir: G, "dir"; Globals: G, "globals";
    Locals: G, "locals"; Ascii: G, "ascii"; Exit: G, "exit"; Quit: G, "quit";
    // methods of str
    StrJoin: M(T::Str), "join"; StrSplit: M(T::Str), "split"; StrRsplit: M(T::Str), "rsplit";
    StrSplitlines: M(T::Str), "splitlines"; StrStrip: M(T::Str), "strip"; StrLstrip: M(T::Str), "lstrip";
    StrRstrip: M(T::Str), "rstrip"; StrReplace: M(T::Str), "replace"; StrFind: M(T::Str), "find";
    StrRfind: M(T::Str), "rfind"; StrIndex: M(T::Str), "index"; StrRindex: M(T::Str), "rindex";
    StrStartswith: M(T::Str), "startswith"; StrEndswith: M(T::Str), "endswith";
    StrUpper: M(T::Str), "upper"; StrLower: M(T::Str), "lower"; StrCapitalize: M(T::Str), "capitalize";
    StrTitle: M(T::Str), "title"; StrSwapcase: M(T::Str), "swapcase"; StrCasefold: M(T::Str), "casefold";
    StrFormat: M(T::Str), "format"; StrFormatMap: M(T::Str), "format_map"; StrIsdigit: M(T::Str), "isdigit"; StrIsdecimal: M(T::Str), "isdecimal";
    StrIsnumeric: M(T::Str), "isnumeric"; StrIsalpha: M(T::Str), "isalpha"; StrIsalnum: M(T::Str), "isalnum";
    StrIsspace: M(T::Str), "isspace"; StrIsupper: M(T::Str), "isupper"; StrIslower: M(T::Str), "islower";
    StrIstitle: M(T::Str), "istitle"; StrIsidentifier: M(T::Str), "isidentifier";
    StrIsprintable: M(T::Str), "isprintable"; StrIsascii: M(T::Str), "isascii";
    StrPartition: M(T::Str), "partition"; StrRpartition: M(T::Str), "rpartition";
    StrCount: M(T::Str), "count"; StrZfill: M(T::Str), "zfill"; StrCenter: M(T::Str), "center";
    StrLjust: M(T::Str), "ljust"; StrRjust: M(T::Str), "rjust"; StrEncode: M(T::Str), "encode";
    StrExpandtabs: M(T::Str), "expandtabs"; StrRemoveprefix: M(T::Str), "removeprefix";
    StrRemovesuffix: M(T::Str), "removesuffix"; StrMaketrans: M(T::Str), "maketrans";
    StrTranslate: M(T::Str), "translate";
    // methods of list
    ListAppend: M(T::List), "append"; ListExtend: M(T::List), "extend"; ListInsert: M(T::List), "insert";
    ListPop: M(T::List), "pop"; ListRemove: M(T::List), "remove"; ListIndex: M(T::List), "index";
    ListCount: M(T::List), "count"; ListSort: M(T::List), "sort"; ListReverse: M(T::List), "reverse";
    ListClear: M(T::List), "clear"; ListCopy: M(T::List), "copy";
    // tuple
    TupleIndex: M(T::Tuple), "index"; TupleCount: M(T::Tuple), "count";
    // dict
    DictKeys: M(T::Dict), "keys"; DictValues: M(T::Dict), "values"; DictItems: M(T::Dict), "items";
    DictGet: M(T::Dict), "get"; DictPop: M(T::Dict), "pop"; DictPopitem: M(T::Dict), "popitem";
    DictSetdefault: M(T::Dict), "setdefault"; DictUpdate: M(T::Dict), "update";
    DictClear: M(T::Dict), "clear"; DictCopy: M(T::Dict), "copy"; DictFromkeys: M(T::Dict), "fromkeys";
    // set and frozenset
    SetAdd: M(T::Set), "add"; SetRemove: M(T::Set), "remove"; SetDiscard: M(T::Set), "discard";
    SetPop: M(T::Set), "pop"; SetClear: M(T::Set), "clear"; SetCopy: M(T::Set), "copy";
    SetUnion: M(T::Set), "union"; SetIntersection: M(T::Set), "intersection";
    SetDifference: M(T::Set), "difference"; SetSymmetricDifference: M(T::Set), "symmetric_difference";
    SetUpdate: M(T::Set), "update"; SetIntersectionUpdate: M(T::Set), "intersection_update";
    SetDifferenceUpdate: M(T::Set), "difference_update";
    SetSymmetricDifferenceUpdate: M(T::Set), "symmetric_difference_update";
    SetIssubset: M(T::Set), "issubset"; SetIssuperset: M(T::Set), "issuperset";
    SetIsdisjoint: M(T::Set), "isdisjoint";
    FrozenSetUnion: M(T::FrozenSet), "union"; FrozenSetIntersection: M(T::FrozenSet), "intersection";
    FrozenSetDifference: M(T::FrozenSet), "difference";
    FrozenSetSymmetricDifference: M(T::FrozenSet), "symmetric_difference";
    FrozenSetIssubset: M(T::FrozenSet), "issubset"; FrozenSetIssuperset: M(T::FrozenSet), "issuperset";
    FrozenSetIsdisjoint: M(T::FrozenSet), "isdisjoint"; FrozenSetCopy: M(T::FrozenSet), "copy";
    // int / float / complex
    IntBitLength: M(T::Int), "bit_length"; IntBitCount: M(T::Int), "bit_count";
    IntConjugate: M(T::Int), "conjugate"; IntToBytes: M(T::Int), "to_bytes";
    IntAsIntegerRatio: M(T::Int), "as_integer_ratio";
    FloatIsInteger: M(T::Float), "is_integer"; FloatHex: M(T::Float), "hex";
    FloatAsIntegerRatio: M(T::Float), "as_integer_ratio"; FloatConjugate: M(T::Float), "conjugate";
    FloatFromhex: M(T::Float), "fromhex";
    ComplexConjugate: M(T::Complex), "conjugate";
    // generators, files, exceptions
    GeneratorSend: M(T::Generator), "send"; GeneratorClose: M(T::Generator), "close";
    GeneratorThrow: M(T::Generator), "throw";
    FileRead: M(T::TextFile), "read"; FileReadline: M(T::TextFile), "readline";
    FileReadlines: M(T::TextFile), "readlines"; FileWrite: M(T::TextFile), "write";
    FileWritelines: M(T::TextFile), "writelines"; FileClose: M(T::TextFile), "close";
    FileFlush: M(T::TextFile), "flush"; FileEnter: M(T::TextFile), "__enter__";
    FileExit: M(T::TextFile), "__exit__";
    ExcWithTraceback: M(T::BaseException), "with_traceback";
    ObjectInit: M(T::Object), "__init__"; ObjectNew: M(T::Object), "__new__";
    ObjectSetattr: M(T::Object), "__setattr__"; ObjectGetattribute: M(T::Object), "__getattribute__";
    ObjectEq: M(T::Object), "__eq__"; ObjectNe: M(T::Object), "__ne__"; ObjectHash: M(T::Object), "__hash__";
    ObjectRepr: M(T::Object), "__repr__"; ObjectStr: M(T::Object), "__str__";
    ObjectLt: M(T::Object), "__lt__"; ObjectLe: M(T::Object), "__le__";
    ObjectGt: M(T::Object), "__gt__"; ObjectGe: M(T::Object), "__ge__";
    ObjectFormat: M(T::Object), "__format__"; ObjectInitSubclass: M(T::Object), "__init_subclass__";
    TypeMro: M(T::Type), "mro";
    PropertySetter: M(T::Property), "setter"; PropertyGetter: M(T::Property), "getter";
    PropertyDeleter: M(T::Property), "deleter";
    SliceIndices: M(T::Slice), "indices"; RangeIndex: M(T::Range), "index"; RangeCount: M(T::Range), "count";
    // math
    MathAcos: Md(Math), "acos"; MathAcosh: Md(Math), "acosh"; MathAsin: Md(Math), "asin";
    MathAsinh: Md(Math), "asinh"; MathAtan: Md(Math), "atan"; MathAtan2: Md(Math), "atan2";
    MathAtanh: Md(Math), "atanh"; MathCbrt: Md(Math), "cbrt"; MathCeil: Md(Math), "ceil";
    MathComb: Md(Math), "comb"; MathCopysign: Md(Math), "copysign"; MathCos: Md(Math), "cos";
    MathCosh: Md(Math), "cosh"; MathDegrees: Md(Math), "degrees"; MathDist: Md(Math), "dist";
    MathErf: Md(Math), "erf"; MathErfc: Md(Math), "erfc"; MathExp: Md(Math), "exp";
    MathExp2: Md(Math), "exp2"; MathExpm1: Md(Math), "expm1"; MathFabs: Md(Math), "fabs";
    MathFactorial: Md(Math), "factorial"; MathFloor: Md(Math), "floor"; MathFmod: Md(Math), "fmod";
    MathFrexp: Md(Math), "frexp"; MathFsum: Md(Math), "fsum"; MathGamma: Md(Math), "gamma";
    MathGcd: Md(Math), "gcd"; MathHypot: Md(Math), "hypot"; MathIsclose: Md(Math), "isclose";
    MathIsfinite: Md(Math), "isfinite"; MathIsinf: Md(Math), "isinf"; MathIsnan: Md(Math), "isnan";
    MathIsqrt: Md(Math), "isqrt"; MathLcm: Md(Math), "lcm"; MathLdexp: Md(Math), "ldexp";
    MathLgamma: Md(Math), "lgamma"; MathLog: Md(Math), "log"; MathLog10: Md(Math), "log10";
    MathLog1p: Md(Math), "log1p"; MathLog2: Md(Math), "log2"; MathModf: Md(Math), "modf";
    MathNextafter: Md(Math), "nextafter"; MathPerm: Md(Math), "perm"; MathPow: Md(Math), "pow";
    MathProd: Md(Math), "prod"; MathRadians: Md(Math), "radians"; MathRemainder: Md(Math), "remainder";
    MathSin: Md(Math), "sin"; MathSinh: Md(Math), "sinh"; MathSqrt: Md(Math), "sqrt";
    MathTan: Md(Math), "tan"; MathTanh: Md(Math), "tanh"; MathTrunc: Md(Math), "trunc";
    MathUlp: Md(Math), "ulp";
    // sys
    SysExit: Md(Sys), "exit"; SysGetrecursionlimit: Md(Sys), "getrecursionlimit";
    SysSetrecursionlimit: Md(Sys), "setrecursionlimit"; SysGetsizeof: Md(Sys), "getsizeof";
    // time
    TimeTime: Md(Time), "time"; TimePerfCounter: Md(Time), "perf_counter";
    TimeProcessTime: Md(Time), "process_time"; TimeMonotonic: Md(Time), "monotonic";
    TimeSleep: Md(Time), "sleep"; TimeTimeNs: Md(Time), "time_ns"; TimePerfCounterNs: Md(Time), "perf_counter_ns";
    // random
    RandomSeed: Md(Random), "seed"; RandomRandom: Md(Random), "random"; RandomRandint: Md(Random), "randint";
    RandomRandrange: Md(Random), "randrange"; RandomChoice: Md(Random), "choice";
    RandomShuffle: Md(Random), "shuffle"; RandomUniform: Md(Random), "uniform";
    RandomGauss: Md(Random), "gauss"; RandomNormalvariate: Md(Random), "normalvariate";
    RandomSample: Md(Random), "sample"; RandomGetrandbits: Md(Random), "getrandbits";
    RandomExpovariate: Md(Random), "expovariate"; RandomChoices: Md(Random), "choices";
    RandomTriangular: Md(Random), "triangular";
    // itertools
    ItCount: Md(Itertools), "count"; ItProduct: Md(Itertools), "product";
    ItPermutations: Md(Itertools), "permutations"; ItCombinations: Md(Itertools), "combinations";
    ItCombinationsWithReplacement: Md(Itertools), "combinations_with_replacement";
    ItChain: Md(Itertools), "chain"; ItIslice: Md(Itertools), "islice";
    ItAccumulate: Md(Itertools), "accumulate"; ItRepeat: Md(Itertools), "repeat";
    ItCycle: Md(Itertools), "cycle"; ItStarmap: Md(Itertools), "starmap";
    ItTakewhile: Md(Itertools), "takewhile"; ItDropwhile: Md(Itertools), "dropwhile";
    ItZipLongest: Md(Itertools), "zip_longest"; ItPairwise: Md(Itertools), "pairwise";
    ItGroupby: Md(Itertools), "groupby"; ItChainFromIterable: Md(Itertools), "chain.from_iterable";
    // functools
    FtReduce: Md(Functools), "reduce"; FtLruCache: Md(Functools), "lru_cache";
    FtCache: Md(Functools), "cache"; FtPartial: Md(Functools), "partial";
    FtWraps: Md(Functools), "wraps"; FtCmpToKey: Md(Functools), "cmp_to_key";
}

thread_local! {
    // FxHash: method lookups (`s.upper`, `xs.append`) go through this map on every call
    static BY_OWNER: HashMap<
        (OwnerKey, &'static str),
        BuiltinFn,
        std::hash::BuildHasherDefault<rustc_hash::FxHasher>,
    > = ALL_BUILTINS
        .iter()
        .map(|&(f, o, n)| ((OwnerKey::from(o), n), f))
        .collect();
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum OwnerKey {
    Global,
    Method(TypeTag),
    Module(ModuleId),
}

impl From<Owner> for OwnerKey {
    fn from(o: Owner) -> OwnerKey {
        match o {
            Owner::Global => OwnerKey::Global,
            Owner::Method(t) => OwnerKey::Method(t),
            Owner::Module(m) => OwnerKey::Module(m),
        }
    }
}

impl BuiltinFn {
    /// The entry of the table for this builtin.
    fn entry(self) -> &'static (BuiltinFn, Owner, &'static str) {
        // The table is in declaration order, so the discriminant is the index.
        &ALL_BUILTINS[self as usize]
    }

    /// Python name.
    pub fn name(self) -> &'static str {
        self.entry().2
    }

    /// Owner.
    pub fn owner(self) -> Owner {
        self.entry().1
    }

    /// A global builtin by name.
    pub fn global(name: &str) -> Option<BuiltinFn> {
        BY_OWNER.with(|m| m.get(&(OwnerKey::Global, name)).copied())
    }

    /// A method of a builtin type (searching its builtin bases too).
    pub fn method(mut tag: TypeTag, name: &str) -> Option<BuiltinFn> {
        loop {
            if let Some(f) = BY_OWNER.with(|m| m.get(&(OwnerKey::Method(tag), name)).copied()) {
                return Some(f);
            }
            if tag == TypeTag::Object {
                return None;
            }
            tag = tag.base();
        }
    }

    /// A function of a native module.
    pub fn module_fn(module: ModuleId, name: &str) -> Option<BuiltinFn> {
        BY_OWNER.with(|m| m.get(&(OwnerKey::Module(module), name)).copied())
    }

    /// Every function of a native module.
    pub fn module_fns(module: ModuleId) -> impl Iterator<Item = BuiltinFn> {
        ALL_BUILTINS
            .iter()
            .filter(move |e| e.1 == Owner::Module(module))
            .map(|e| e.0)
    }
}
